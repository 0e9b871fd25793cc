"""What the demo gemeente Lindewaard is made of, as plain values: no models, no database.

demo/bouwen.py, demo/bouwen_bijeenkomsten.py and demo/bouwen_vorige_cyclus.py turn these into
objects. One module per subject: the people, the Scanner, the stakeholders, the plan, its actions,
the meetings, the review's comments, the example interventies, the benchmark's large plan, and the
previous cycle (its plan and Scanner in vorige_cyclus, its acties and voortgang in vorige_acties).
"""
