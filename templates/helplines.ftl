<#-- The helplines that fit the offence (data/offences/<offence>.json, numbers and their sources
     in data/helplines.csv), worded in Java; the police numbers close every story. -->
§ ${closing.helplines}
