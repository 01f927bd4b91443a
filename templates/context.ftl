<#-- What the offence category covers. Keyed by the offence as the data names it. -->
<#if offenceTitle == "Stalking and harassment">
§ The category brings together stalking, harassment and malicious communications offences. The published figures do not say how many of the offences in each area were stalking alone.
<#elseif offenceTitle == "Stalking">
§ Stalking is recorded separately from harassment and malicious communications; these figures count stalking offences only.
</#if>
