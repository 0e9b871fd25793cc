from basis.gelijkenis import beste_paren, gelijkenis, meest_gelijk, woorden


def test_words_are_compared_by_their_stems_without_stop_words():
    assert woorden("Zorg voor de verkoop van alcohol") == {"verko", "alcoh"}
    assert gelijkenis("verkopen van alcohol", "de verkoop van alcohol") == 1.0
    assert gelijkenis("Rookvrije speeltuinen", "Lachgas bij huisartsen") == 0.0
    assert gelijkenis("", "alcohol") == 0.0


def test_pairs_are_made_most_alike_first_and_each_text_once():
    links = {"a": "Rookvrije sportvelden en speelplaatsen", "b": "Ouders praten met hun kind over alcohol"}
    rechts = {
        1: "Maak speelplaatsen en sportvelden rookvrij",
        2: "Help ouders om met hun kind over alcohol te praten",
        3: "Sportvelden rookvrij, ook bij wedstrijden",
        4: "Lachgas bij huisartsen",
    }
    assert beste_paren(links, rechts) == {1: "a", 2: "b"}


def test_a_word_every_text_shares_counts_less_than_a_rare_one():
    kandidaten = {1: "Alcohol in sportkantines", 2: "Alcohol bij evenementen", 3: "Alcohol thuis"}
    assert meest_gelijk("Sportkantines zonder alcohol", kandidaten) == 1
    assert meest_gelijk("Lachgas bij huisartsen", kandidaten) is None
    assert meest_gelijk("iets", {}) is None
