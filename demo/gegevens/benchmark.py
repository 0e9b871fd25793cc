"""The benchmark's large plan in Benchmarkstad: short, repetitive texts; its actions copy the worked example."""

GEMEENTE = "Benchmarkstad"
SCANNER_TITEL = "Scanner Alcohol, Drugs en Roken Benchmarkstad"
# Filled in with the number of actions.
PLAN_TITEL = "Uitvoeringsplan met {acties} acties (benchmark)"
INLEIDING = "Een groot plan om de snelheid van de applicatie te meten."
ORGANISATIE = "GGD Benchmarkstad"
AANTAL_AANBEVELINGEN = 10
# Filled in with the aanbeveling's number.
AANBEVELING_TITEL = "Aanbeveling {nummer} van de benchmark"
