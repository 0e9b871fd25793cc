"""The chart geometry: numbers in, coordinates out; a missing value is a gap, never 0."""

from decimal import Decimal

from basis.grafiek import getal_tekst, lijngrafiek, mooie_stap


def test_an_empty_chart_has_nothing_to_draw():
    grafiek = lijngrafiek(metingen=[])
    assert grafiek.leeg
    assert grafiek.lijnen == [] and grafiek.y_as == []


def test_values_become_one_line_from_left_to_right_and_higher_values_sit_higher():
    grafiek = lijngrafiek(metingen=[(2023, 30), (2021, 20), (2025, 10)])
    assert [punt.jaar for punt in grafiek.punten] == [2021, 2023, 2025]
    assert len(grafiek.lijnen) == 1
    links, midden, rechts = grafiek.punten
    assert links.x == grafiek.links and rechts.x == grafiek.rechts
    assert midden.y < links.y < rechts.y  # SVG's y grows downwards


def test_a_missing_value_breaks_the_line_and_is_marked_not_drawn_as_zero():
    grafiek = lijngrafiek(metingen=[(2019, 24), (2020, 22), (2021, None), (2022, 20), (2023, 19)])
    assert len(grafiek.lijnen) == 2
    assert [gat.jaar for gat in grafiek.gaten] == [2021]
    assert 2021 not in [punt.jaar for punt in grafiek.punten]
    nul = grafiek.onder
    assert all(punt.y < nul for punt in grafiek.punten)
    gat = grafiek.gaten[0]
    assert gat.boven == grafiek.boven and gat.onder == grafiek.onder
    assert gat.links < gat.x


def test_a_single_value_between_gaps_is_a_dot_without_a_line():
    grafiek = lijngrafiek(metingen=[(2020, None), (2021, 5), (2022, None)])
    assert grafiek.lijnen == []
    assert [punt.jaar for punt in grafiek.punten] == [2021]
    assert len(grafiek.gaten) == 2


def test_the_y_axis_starts_at_zero_and_ends_at_a_round_number_above_the_highest_value():
    grafiek = lijngrafiek(metingen=[(2021, Decimal("23.5"))], basis=(2019, Decimal("27.1")), streef=(2027, 18))
    assert grafiek.y_as[0].label == "0"
    assert float(grafiek.y_as[-1].label.replace(",", ".")) >= 27.1
    assert grafiek.y_as[-1].positie == grafiek.boven


def test_baseline_and_target_are_points_joined_by_a_dashed_path():
    grafiek = lijngrafiek(metingen=[], basis=(2019, 40), streef=(2027, 30))
    assert grafiek.basis.x == grafiek.links and grafiek.streef.x == grafiek.rechts
    assert grafiek.streef.y > grafiek.basis.y
    assert grafiek.streefpad == f"M{grafiek.basis.x} {grafiek.basis.y} L{grafiek.streef.x} {grafiek.streef.y}"
    assert not grafiek.leeg


def test_one_year_alone_still_has_a_width():
    grafiek = lijngrafiek(metingen=[(2024, 3)])
    assert grafiek.links < grafiek.punten[0].x < grafiek.rechts


def test_negative_values_take_the_axis_below_zero():
    grafiek = lijngrafiek(metingen=[(2020, -4), (2021, 6)])
    assert float(grafiek.y_as[0].label.replace(",", ".")) <= -4


def test_a_long_period_gets_at_most_about_ten_year_labels():
    grafiek = lijngrafiek(metingen=[(jaar, 1) for jaar in range(2000, 2031)])
    assert len(grafiek.x_as) <= 11


def test_steps_and_labels_are_round_and_dutch():
    assert mooie_stap(100) == 25
    assert mooie_stap(7) == 2
    assert mooie_stap(0) == 1
    assert getal_tekst(Decimal("12.50")) == "12,5"
    assert getal_tekst(3) == "3"
