"""Stage 5, enrich: CAMEO names, Goldstein values, quad classes, PLOVER types,
event dates resolved against the publication date, and places."""
