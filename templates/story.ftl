<#ftl output_format="plainText" strip_whitespace=true>
<#--
  One local story about one offence in one area. The data model is a StoryView record
  (src/main/java/org/localwire/render/StoryView.java): every number arrives already worded.
  This template chooses and arranges; it never computes or hedges.
  Layout: first block the headline, then one block per paragraph, blocks separated by blank lines.
-->
<#assign offences = countOne?then("offence", "offences")>
<#assign perDayNoun = perDayOne?then("offence", "offences")>
<#-- ===== headline ===== -->
<#switch lead>
<#case "LARGEST_RISE_IN_FORCE">
${area} has ${force}'s biggest rise in ${offence} offences
<#break>
<#case "DOUBLED">
${offenceTitle} offences in ${area} have ${change.multiple} since ${change.from}
<#break>
<#case "HIGHEST_RATE_IN_FORCE">
${area} has the highest rate of ${offence} offences in ${force}
<#break>
<#case "HIGHEST_COUNT_IN_FORCE">
<#if rankTop && rank?contains("joint")>
${area} joint highest for ${offence} offences in ${force}
<#else>
${area} records more ${offence} offences than anywhere else in ${force}
</#if>
<#break>
<#case "RISE">
<#if change.fromZero>
${offenceTitle} offences recorded in ${area}, up from none in ${change.from}
<#else>
${offenceTitle} offences up ${change.percent} in ${area}
</#if>
<#break>
<#case "FALL">
${offenceTitle} offences down ${change.percent} in ${area}
<#break>
<#case "ABOVE_NATIONAL_RATE">
${area}'s rate of ${offence} offences is above the England and Wales figure
<#break>
<#case "TOP_CRIME_TYPE">
${offenceTitle} is the ${typeRank} ${typeKinds?remove_ending("s")} in ${area}
<#break>
<#default>
Police in ${area} record ${perDay} ${offence} ${perDayNoun} ${perDayUnit}
</#switch>

<#-- ===== intro: the top angle ===== -->
<#switch lead>
<#case "LARGEST_RISE_IN_FORCE">
${area} saw the biggest rise in recorded ${offence} offences of the ${areasInForce} areas in ${forceArea}, <#if change.fromZero>from none ${change.fromDuring}<#else>up ${change.percent} from ${change.before} ${change.fromDuring}</#if> to ${count} ${during}<#if change.hasMultiple>: the number has ${change.multiple}</#if>.
<#break>
<#case "DOUBLED">
The number of ${offence} offences recorded by police in ${area} has ${change.multiple} in ${change.years}, from ${change.before} ${change.fromDuring} to ${count} ${during}.
<#break>
<#case "HIGHEST_RATE_IN_FORCE">
${area} had ${rateRank} rate of ${offence} offences of the ${rateAreas} areas in ${forceArea} with population figures ${during}: ${rate} for every 1,000 people, against ${rateBottom} in ${rateBottomArea}, the lowest.
<#break>
<#case "HIGHEST_COUNT_IN_FORCE">
Police recorded ${count} ${offence} ${offences} in ${area} ${during}, ${rank} number of the ${areasInForce} areas in ${forceArea}.
<#break>
<#case "RISE">
<#if change.fromZero>
Police recorded ${count} ${offence} ${offences} in ${area} ${during}, having recorded none ${change.fromDuring}.
<#else>
Recorded ${offence} offences in ${area} rose by ${change.percent} in ${change.years}, from ${change.before} ${change.fromDuring} to ${count} ${during}.
</#if>
<#break>
<#case "FALL">
Recorded ${offence} offences in ${area} fell by ${change.percent} in ${change.years}, from ${change.before} ${change.fromDuring} to ${count} ${during}.
<#break>
<#case "ABOVE_NATIONAL_RATE">
Police in ${area} recorded ${rate} ${offence} offences for every 1,000 people ${during}, against ${nationalRate} across England and Wales.
<#break>
<#case "TOP_CRIME_TYPE">
${offenceTitle} was the ${typeRank} of the ${typeCount} ${typeKinds} police recorded in ${area} ${during}<#if typeAbove?has_content>: only ${typeAbove} <#if typeAbove?contains(" and ")>were<#else>was</#if> recorded more often</#if>.
<#break>
<#default>
<#if perDayIsCount>
Police in ${area} recorded ${count} ${offence} ${offences} ${during}, according to official figures.
<#else>
Police in ${area} recorded ${perDay} ${offence} ${perDayNoun} ${perDayUnit} on average ${during}, according to official figures.
</#if>
</#switch>

<#-- ===== the figures ===== -->
<#if lead == "HIGHEST_COUNT_IN_FORCE">
<#if perDayIsCount>That is<#else>That is ${perDay} ${perDayNoun} ${perDayUnit} on average, and</#if> ${shareOfForce} of the ${forceTotal} offences of this kind recorded across ${forceArea}.
<#elseif lead == "PER_DAY" || lead == "SHARE_OF_FORCE" || lead == "SHARE_OF_ALL_CRIME" || lead == "BELOW_NATIONAL_RATE">
The ${count} ${offences} recorded there <#if countOne>is<#else>are</#if><#if onlyArea> <#if countOne>the only one<#else>all of those</#if> recorded in ${forceArea}.<#else> ${shareOfForce} of the ${forceTotal} recorded across ${forceArea}.</#if>
<#elseif lead == "DOUBLED" || lead == "RISE" || lead == "FALL" || lead == "LARGEST_RISE_IN_FORCE">
<#if !perDayIsCount>
The ${count} ${offences} ${during} amount to ${perDay} ${perDayUnit} on average.
</#if>
<#elseif perDayIsCount>
Police recorded ${count} ${offence} ${offences} in ${area} ${during}.
<#else>
Police recorded ${count} ${offence} ${offences} in ${area} ${during}, ${perDay} ${perDayNoun} ${perDayUnit} on average.
</#if>

<#-- ===== place in the force ===== -->
<#if onlyArea>
${area} is the only area in ${forceArea}.
<#elseif lead != "HIGHEST_COUNT_IN_FORCE">
The total was ${rank} of the ${areasInForce} areas in ${forceArea}<#if !rankTop>; ${topArea} recorded the most, ${topCount}</#if>. Across the force area police recorded ${forceTotal} such offences<#if !forceTotalPublished>, the sum of its areas in the figures</#if>.
<#else>
Across the force area police recorded ${forceTotal} such offences<#if !forceTotalPublished>, the sum of its areas in the figures</#if>.
</#if>

<#-- ===== rate per head ===== -->
<#if hasRate && lead != "HIGHEST_RATE_IN_FORCE" && lead != "ABOVE_NATIONAL_RATE">
Based on ${rateBasis}, that is ${rate} offences for every 1,000 people<#if hasRateRank>, ${rateRank} rate of the ${rateAreas} areas in the force with population figures</#if>.<#if hasForceRate || hasNationalRate> The rate<#if hasForceRate> across ${forceArea} was ${forceRate}</#if><#if hasForceRate && hasNationalRate> and</#if><#if hasNationalRate> across England and Wales ${nationalRate}</#if>.</#if>
<#elseif hasRate>
<#assign showNational = hasNationalRate && lead != "ABOVE_NATIONAL_RATE">
The rate is based on ${rateBasis}.<#if hasForceRate> Across ${forceArea} it was ${forceRate} per 1,000 people<#if showNational>, and across England and Wales ${nationalRate}</#if>.<#elseif showNational> Across England and Wales it was ${nationalRate} per 1,000 people.</#if>
<#elseif noRateReason?has_content>
No rate per head of population can be given for ${area}: ${noRateReason}.
</#if>

<#-- ===== change over time ===== -->
<#if hasChange && lead != "DOUBLED" && lead != "RISE" && lead != "FALL" && lead != "LARGEST_RISE_IN_FORCE">
<#if change.direction == "none">
That is the same number as ${change.fromDuring}.
<#elseif change.fromZero>
Police recorded none ${change.fromDuring}.
<#elseif change.hasMultiple>
The number has ${change.multiple} since ${change.from}, when police recorded ${change.before}.
<#else>
That is a ${change.direction} of ${change.percent} from ${change.before} ${change.fromDuring}.
</#if>
</#if>
<#if unpublished?has_content>
No figure was published for ${area} for ${unpublished}.
</#if>
<#if hasChange && change.hasPrevious>
In ${change.previous} the figure was ${change.previousCount}.
</#if>
<#if hasChange && change.largestInForce && lead != "LARGEST_RISE_IN_FORCE">
No other area in ${force} saw a bigger rise over the period.
</#if>

<#-- ===== among crime types ===== -->
<#if hasTypeRank && lead != "TOP_CRIME_TYPE">
${offenceTitle} was the ${typeRank} of the ${typeCount} ${typeKinds} in the figures for ${area}<#if typeAbove?has_content>, after ${typeAbove}</#if>.
</#if>
<#if hasAllCrime>
It made up ${allCrimeShare} of the ${allCrime} crimes police recorded in ${area}, excluding fraud.
</#if>

<#-- ===== national picture ===== -->
<#if hasNational>
Across England and Wales police recorded ${national} ${offence} offences ${during}, the total of the figures for all ${forcesCount} police forces.
</#if>

<#include "context.ftl">

<#-- ===== quote ===== -->
<#if quote.sample>
[sample quote: replace with an approved statement] ${quote.speaker}, ${quote.role} at ${quote.organisation}, said: "${quote.text}"
<#else>
${quote.speaker}, ${quote.role} at ${quote.organisation}, said: "${quote.text}"
</#if>

<#include "helplines.ftl">

${source}
