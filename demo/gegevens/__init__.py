"""What the demo gemeente Lindewaard is made of, as plain values: no models, no database.

demo/bouwen.py and demo/bouwen_bijeenkomsten.py turn these into objects. One module per subject:
the people, the Scanner, the stakeholders, the plan, its actions, the meetings, the review's
comments, the example interventies and the benchmark's large plan.
"""
