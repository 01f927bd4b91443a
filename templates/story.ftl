<#ftl output_format="plainText" strip_whitespace=true>
<#--
  One local story about one offence in one area. The data model is a StoryView record
  (src/main/java/org/localwire/render/StoryView.java): every number arrives already worded.
  This template chooses and arranges; it never computes or hedges.

  Layout: the first block is the headline, then one block per paragraph, blocks separated by
  blank lines. A block starting with § is boilerplate (the same in every story of a release).
  Each slot has three equally accurate phrasings; variants.<slot> (0, 1 or 2) picks one.
-->
<#-- "Drug offences" reads "drug offences", never "drug offences offences" -->
<#assign offences = countOne?then("offence", "offences")>
<#assign perDayNoun = perDayOne?then("offence", "offences")>
<#assign rise = hasChange && (lead.DOUBLED || lead.RISE || lead.FALL || lead.LARGEST_RISE_IN_FORCE || lead.LARGEST_FALL_IN_FORCE || lead.RISE_AGAINST_NATIONAL_TREND || lead.HIGHEST_IN_SERIES)>
<#-- house style (issue 19): the story's period is named once in full, then "over the year"; a sentence
     that compares two periods names both -->
<#assign periodNamed = false>
<#if countNone>
<#-- ===== none recorded: a count of nothing, never a rate of 0.0 or "zero offences" ===== -->
No ${nouns} recorded in ${area} ${during}

Police in ${area} recorded no ${nouns} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, according to official figures.

<#if hasChange && !change.fromZero>
Police there recorded ${change.before} ${change.fromDuring}.
</#if>
<#if onlyArea || !hasForceTotal>
<#elseif forceNone>
None were recorded anywhere in ${forceArea}.
<#else>
Across ${forceArea} police recorded ${forceTotal}${forceTotalPublished?then("", ", the sum of its areas in the figures")}<#if forceRanked && !rankTop>, the most of them in ${topArea} (${topCount})</#if>.
</#if>
<#if hasNational>
Across England and Wales police recorded ${national} ${nouns} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>.
</#if>
<#else>
<#-- ===== headline ===== -->
<#switch true>
<#case lead.LARGEST_RISE_IN_FORCE>
<#switch variants.headline>
<#case 0>${areaStart} has ${force}'s biggest rise in ${nouns}
<#break>
<#case 1>Biggest rise in ${nouns} in ${force} is in ${area}
<#break>
<#default>${nounsTitle} rise faster in ${area} than anywhere else in ${force}
</#switch>
<#break>
<#case lead.LARGEST_FALL_IN_FORCE>
<#if variants.headline == 0>
${area} has ${force}'s biggest fall in ${nouns}
<#else>
Biggest fall in ${nouns} in ${force} is in ${area}
</#if>
<#break>
<#case lead.RISE_AGAINST_NATIONAL_TREND>
<#if variants.headline == 0>
${nounsTitle} up ${change.percent} in ${area} as the England and Wales figure falls
<#else>
${area} bucks national trend with ${change.percent} rise in ${nouns}
</#if>
<#break>
<#case lead.HIGHEST_IN_SERIES>
${area}: ${nouns} at their highest in figures going back to ${change.seriesFrom}
<#break>
<#case lead.DOUBLED>
<#switch variants.headline>
<#case 0>${nounsTitle} in ${area} have ${change.multiple} ${change.since}
<#break>
<#case 1>Recorded ${nouns} have ${change.multiple} in ${area}
<#break>
<#default>${areaStart}: ${nouns} have ${change.multiple} in ${change.years}
</#switch>
<#break>
<#case lead.HIGHEST_RATE_IN_FORCE>
<#switch variants.headline>
<#case 0>${areaStart} has the highest rate of ${nouns} in ${force}
<#break>
<#case 1>${offenceTitle}: ${area} has ${force}'s highest rate per head
<#break>
<#default>No part of ${force} has a higher rate of ${nouns} than ${area}
</#switch>
<#break>
<#case lead.HIGHEST_COUNT_IN_FORCE>
<#if rankJoint>
${areaStart} joint highest for ${nouns} in ${force}
<#else>
<#switch variants.headline>
<#case 0>${areaStart} records more ${nouns} than anywhere else in ${force}
<#break>
<#case 1><#if majorityOfForce>Most ${nouns} in ${force} are recorded in ${area}<#else>${areaStart} has the most ${nouns} of any area in ${force}</#if>
<#break>
<#default>${areaStart} tops ${force} for recorded ${nouns}
</#switch>
</#if>
<#break>
<#case lead.RISE>
<#if change.fromZero>
${nounsTitle} recorded in ${area}, up from none ${change.fromDuring}
<#else>
<#switch variants.headline>
<#case 0>${nounsTitle} up ${change.percent} in ${area}
<#break>
<#case 1>${areaStart} sees ${change.percent} rise in ${nouns}
<#break>
<#default>Recorded ${nouns} rise by ${change.percent} in ${area}
</#switch>
</#if>
<#break>
<#case lead.FALL>
<#switch variants.headline>
<#case 0>${nounsTitle} down ${change.percent} in ${area}
<#break>
<#case 1>${areaStart} sees ${change.percent} fall in ${nouns}
<#break>
<#default>Recorded ${nouns} fall by ${change.percent} in ${area}
</#switch>
<#break>
<#case lead.ABOVE_NATIONAL_RATE>
<#switch variants.headline>
<#case 0>${areaStart}'s rate of ${nouns} is above the England and Wales figure
<#break>
<#case 1>${offenceTitle}: ${area} above the rate for England and Wales
<#break>
<#default>${areaStart} records more ${nouns} per head than England and Wales as a whole
</#switch>
<#break>
<#case lead.TOP_CRIME_TYPE>
<#switch variants.headline>
<#case 0>${offenceTitle} <#if offencePlural>are<#else>is</#if> the ${typeRank} type of crime in ${area}
<#break>
<#case 1>${areaStart}: ${offence} is the ${typeRank} type of crime in police figures
<#break>
<#default>${areaStart}: ${offence} the ${typeRank} of ${typeCount} ${typeKinds}
</#switch>
<#break>
<#default>
<#if perDayIsCount>
Police in ${area} record ${count} ${countOne?then(noun, nouns)} ${during}
<#else>
<#switch variants.headline>
<#case 0>Police in ${area} record ${perDay} ${perDayOne?then(noun, nouns)} ${perDayUnit}
<#break>
<#case 1>${offenceTitle}: ${perDay} ${perDayNoun} ${perDayUnit} recorded in ${area}
<#break>
<#default>${areaStart} police figures show ${perDay} ${perDayOne?then(noun, nouns)} ${perDayUnit}
</#switch>
</#if>
</#switch>

<#-- ===== intro: the top angle ===== -->
<#switch true>
<#case lead.LARGEST_RISE_IN_FORCE>
<#if variants.intro == 0>
${areaStart} saw the biggest rise in recorded ${nouns} of the ${areasInForce} areas in ${forceArea}, <#if change.fromZero>from none ${change.fromDuring}<#else>up ${change.percent} from ${change.before} ${change.fromDuring}</#if> to ${count} ${during}<#assign periodNamed = true><#if change.hasMultiple>: the number has ${change.multiple}</#if>.
<#else>
Of the ${areasInForce} areas in ${forceArea}, ${area} had the biggest rise in recorded ${nouns}: <#if change.fromZero>from none ${change.fromDuring}<#else>${change.before} ${change.fromDuring}</#if> to ${count} ${during}<#assign periodNamed = true><#if !change.fromZero>, up ${change.percent}</#if><#if change.hasMultiple>. The number has ${change.multiple}</#if>.
</#if>
<#break>
<#case lead.LARGEST_FALL_IN_FORCE>
${area} saw the biggest fall in recorded ${nouns} of the ${areasInForce} areas in ${forceArea}, down ${change.percent} from ${change.before} ${change.fromDuring} to ${count} ${during}<#assign periodNamed = true>.
<#break>
<#case lead.RISE_AGAINST_NATIONAL_TREND>
Police in ${area} recorded ${count} ${countOne?then(noun, nouns)} ${during}<#assign periodNamed = true>, up ${change.percent} on the ${change.before} recorded ${change.fromDuring}, while across England and Wales the number fell by ${change.nationalPercent}.
<#break>
<#case lead.HIGHEST_IN_SERIES>
Police recorded ${count} ${countOne?then(noun, nouns)} in ${area} ${during}<#assign periodNamed = true>, the highest of the ${change.seriesCount} yearly figures for the area in the data, which go back to ${change.seriesFrom}<#if change.fromZero>; there were none ${change.fromDuring}<#elseif change.direction.rise>, and up ${change.percent} on the ${change.before} recorded ${change.fromDuring}</#if>.
<#break>
<#case lead.DOUBLED>
<#if variants.intro == 0>
The number of ${nouns} recorded by police in ${area} has ${change.multiple} in ${change.years}, from ${change.before} ${change.fromDuring} to ${count} ${during}<#assign periodNamed = true>.
<#else>
Police in ${area} recorded ${count} ${countOne?then(noun, nouns)} ${during}<#assign periodNamed = true>, against ${change.before} ${change.fromDuring}: the number has ${change.multiple} in ${change.years}.
</#if>
<#break>
<#case lead.HIGHEST_RATE_IN_FORCE>
<#if variants.intro == 0>
${areaStart} had ${rateRank} rate of ${nouns} of the ${rateAreas} areas in ${forceArea} with population figures <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>: ${rate} for every 1,000 people, against ${rateBottom} in ${rateBottomArea}, the lowest.
<#else>
Police recorded ${rate} ${nouns} for every 1,000 people in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, ${rateRank} rate of the ${rateAreas} areas in ${forceArea} with population figures; ${rateBottomArea} had the lowest, ${rateBottom}.
</#if>
<#break>
<#case lead.HIGHEST_COUNT_IN_FORCE>
<#if variants.intro == 0 || rankJoint>
Police recorded ${count} ${countOne?then(noun, nouns)} in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, ${rank} number of the ${areasInForce} areas in ${forceArea}.
<#else>
No area in ${forceArea} recorded more ${nouns} than ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, when police there recorded ${count}.
</#if>
<#break>
<#case lead.RISE>
<#if change.fromZero>
Police recorded ${count} ${countOne?then(noun, nouns)} in ${area} ${during}<#assign periodNamed = true>, having recorded none ${change.fromDuring}.
<#elseif variants.intro == 0>
Recorded ${nouns} in ${area} rose by ${change.percent} in ${change.years}, from ${change.before} ${change.fromDuring} to ${count} ${during}<#assign periodNamed = true>.
<#else>
Police in ${area} recorded ${count} ${countOne?then(noun, nouns)} ${during}<#assign periodNamed = true>, up ${change.percent} from ${change.before} ${change.fromDuring}.
</#if>
<#break>
<#case lead.FALL>
<#if variants.intro == 0>
Recorded ${nouns} in ${area} fell by ${change.percent} in ${change.years}, from ${change.before} ${change.fromDuring} to ${count} ${during}<#assign periodNamed = true>.
<#else>
Police in ${area} recorded ${count} ${countOne?then(noun, nouns)} ${during}<#assign periodNamed = true>, down ${change.percent} from ${change.before} ${change.fromDuring}.
</#if>
<#break>
<#case lead.ABOVE_NATIONAL_RATE>
<#if variants.intro == 0>
Police in ${area} recorded ${rate} ${nouns} for every 1,000 people <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, against ${nationalRate} across England and Wales.
<#elseif variants.intro == 1>
${areaStart}'s rate of ${nouns} was ${rate} for every 1,000 people <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, higher than the ${nationalRate} recorded across England and Wales.
<#else>
At ${rate} ${nouns} for every 1,000 people <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, ${area} was above the England and Wales rate of ${nationalRate}.
</#if>
<#break>
<#case lead.TOP_CRIME_TYPE>
<#if variants.intro == 1>
Police in ${area} recorded ${count} ${countOne?then(noun, nouns)} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, making it the ${typeRank} of the ${typeCount} ${typeKinds} in the figures<#if typeAbove?has_content>, after ${typeAbove}</#if>.
<#elseif variants.intro == 2 && typeAbove?has_content>
Only ${typeAbove} <#if typeAbovePlural>were<#else>was</#if> recorded more often than ${nouns} in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, making ${offence} the ${typeRank} of the ${typeCount} ${typeKinds} in the figures.
<#elseif variants.intro == 2 && typeTop>
No type of crime was recorded more often in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if> than ${offence}: police recorded ${count} ${countOne?then(noun, nouns)}, the most of the ${typeCount} ${typeKinds} in the figures.
<#else>
${offenceTitle} <#if offencePlural>were<#else>was</#if> the ${typeRank} of the ${typeCount} ${typeKinds} police recorded in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if><#if typeAbove?has_content>: only ${typeAbove} <#if typeAbovePlural>were<#else>was</#if> recorded more often</#if>.
</#if>
<#break>
<#default>
<#if perDayIsCount>
Police in ${area} recorded ${count} ${countOne?then(noun, nouns)} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, according to official figures.
<#elseif variants.intro == 0>
Police in ${area} recorded ${perDay} ${perDayOne?then(noun, nouns)} ${perDayUnit} on average <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, according to official figures.
<#else>
Official figures show police in ${area} recorded ${perDay} ${perDayOne?then(noun, nouns)} ${perDayUnit} on average <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>.
</#if>
</#switch>

<#assign summed = forceTotalPublished?then("", ", the sum of its areas in the figures")>
<#-- these leads give the force total in the figures paragraph: the place-in-force paragraph does not say it again -->
<#assign totalSaid = !onlyArea && (lead.HIGHEST_COUNT_IN_FORCE || lead.PER_DAY || lead.SHARE_OF_FORCE || lead.SHARE_OF_ALL_CRIME || lead.BELOW_NATIONAL_RATE)>
<#-- ===== the figures ===== -->
<#if lead.HIGHEST_COUNT_IN_FORCE>
<#if perDayIsCount>That is<#else>That is ${perDay} ${perDayNoun} ${perDayUnit} on average, and</#if> ${shareOfForce} of the ${forceTotal} offences of this kind recorded across ${forceArea}${summed}.
<#elseif lead.PER_DAY || lead.SHARE_OF_FORCE || lead.SHARE_OF_ALL_CRIME || lead.BELOW_NATIONAL_RATE>
<#if onlyArea || hasForceTotal>
The ${count} ${offences} recorded there <#if countOne>is<#else>are</#if><#if onlyArea> <#if countOne>the only one<#else>all of those</#if> recorded in ${forceArea}.<#else> ${shareOfForce} of the ${forceTotal} recorded across ${forceArea}${summed}.</#if>
</#if>
<#elseif rise>
<#if !perDayIsCount>
<#switch variants.figures>
<#case 0>The ${count} ${offences} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if> amount to ${perDay} ${perDayUnit} on average.
<#break>
<#case 1>That is ${perDay} ${perDayNoun} ${perDayUnit} on average <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>.
<#break>
<#default>On average, police there recorded ${perDay} ${perDayNoun} ${perDayUnit} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>.
</#switch>
</#if>
<#elseif perDayIsCount>
Police recorded ${count} ${countOne?then(noun, nouns)} in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>.
<#else>
<#switch variants.figures>
<#case 0>Police recorded ${count} ${countOne?then(noun, nouns)} in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, ${perDay} ${perDayNoun} ${perDayUnit} on average.
<#break>
<#case 1>In all, ${count} ${countOne?then(noun, nouns)} were recorded in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>: ${perDay} ${perDayUnit} on average.
<#break>
<#default>The ${count} ${countOne?then(noun, nouns)} recorded in ${area} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if> work out at ${perDay} ${perDayUnit}.
</#switch>
</#if>

<#-- ===== place in the force ===== -->
<#if onlyArea>
${areaStart} is the only area in ${forceArea}.
<#elseif !forceRanked>
<#-- issue 14: a neighbour's figure is missing, so the area's place in the force (and, unless published, the force total) is not known -->
${areaStart}'s place among the ${areasInForce} areas in ${forceArea}<#if !hasForceTotal> and its share of their total</#if> cannot be given, because the figure for ${unpublishedInForce} is not published.<#if hasForceTotal && !totalSaid> Across the force area police recorded ${forceTotal} such offences.</#if>
<#elseif lead.HIGHEST_COUNT_IN_FORCE>
<#else>
<#-- the second intro of a biggest-rise story already opens "Of the N areas": do not open the rank sentence the same way -->
<#assign rankVariant = (variants.rank == 1 && lead.LARGEST_RISE_IN_FORCE && variants.intro != 0)?then(0, variants.rank)>
<#switch rankVariant>
<#case 0>The total was ${rank} of the ${areasInForce} areas in ${forceArea}<#if !rankTop>; ${topArea} recorded the most, ${topCount}</#if>.<#if !totalSaid><#if partialForce> Across them police recorded ${forceTotal} such offences.<#else> Across the force area police recorded ${forceTotal} such offences${summed}.</#if></#if>
<#break>
<#case 1>Of the ${areasInForce} areas in ${forceArea}, ${area} had ${rank} number<#if !rankTop>, while ${topArea} had the most, ${topCount}</#if>.<#if !totalSaid><#if partialForce> Across them police recorded ${forceTotal}.<#else> Police in the force area as a whole recorded ${forceTotal}${summed}.</#if></#if>
<#break>
<#default><#if totalSaid>${area}'s total was ${rank} of the ${areasInForce} areas in ${forceArea}<#if !rankTop>, where ${topArea} recorded the most (${topCount})</#if>.<#else>Police across ${forceArea} recorded ${forceTotal} such offences${summed}<#if !rankTop>, the most of them in ${topArea} (${topCount})</#if>; ${area}'s total was ${rank} of its ${areasInForce} areas.</#if>
</#switch>
</#if>

<#-- ===== rate per head ===== -->
<#if hasRate && !lead.HIGHEST_RATE_IN_FORCE && !lead.ABOVE_NATIONAL_RATE>
<#switch variants.rate>
<#case 0>Based on ${rateBasis}, that is ${rate} offences for every 1,000 people<#if hasRateRank>, ${rateRank} rate of the ${rateAreas} areas in the force<#if partialForce> in the data</#if> with population figures</#if>.<#if hasForceRate || hasNationalRate> The rate was <#if hasForceRate>${forceRate} across ${forceArea}</#if><#if hasForceRate && hasNationalRate> and </#if><#if hasNationalRate>${nationalRate} across England and Wales</#if>.</#if>
<#break>
<#case 1>That is a rate of ${rate} for every 1,000 people, using ${rateBasis}<#if hasRateRank>: ${rateRank} of the ${rateAreas} areas in the force<#if partialForce> in the data</#if> with population figures</#if>.<#if hasForceRate || hasNationalRate> The comparable figure was <#if hasForceRate>${forceRate} across ${forceArea}</#if><#if hasForceRate && hasNationalRate> and </#if><#if hasNationalRate>${nationalRate} across England and Wales</#if>.</#if>
<#break>
<#default>Per head of population, police in ${area} recorded ${rate} offences for every 1,000 people (${rateBasis})<#if hasRateRank>, ${rateRank} rate of the ${rateAreas} areas in the force<#if partialForce> in the data</#if> with population figures</#if>.<#if hasForceRate || hasNationalRate> The rate was <#if hasForceRate>${forceRate} across ${forceArea}</#if><#if hasForceRate && hasNationalRate> and </#if><#if hasNationalRate>${nationalRate} across England and Wales</#if>.</#if>
</#switch>
<#elseif hasRate>
<#assign showNational = hasNationalRate && !lead.ABOVE_NATIONAL_RATE>
The rate is based on ${rateBasis}.<#if hasForceRate> Across ${forceArea} it was ${forceRate} per 1,000 people<#if showNational>, and across England and Wales ${nationalRate}</#if>.<#elseif showNational> Across England and Wales it was ${nationalRate} per 1,000 people.</#if>
<#elseif noRateReason?has_content>
No rate per head of population can be given for ${area}: ${noRateReason}.
</#if>

<#-- ===== change over time ===== -->
<#if hasChange && !rise>
<#if change.direction.none>
Police recorded the same number, ${count}, ${change.fromDuring} as ${during}<#assign periodNamed = true>.
<#elseif change.fromZero>
Police recorded none ${change.fromDuring}, against ${count} ${during}<#assign periodNamed = true>.
<#elseif change.hasMultiple>
The number has ${change.multiple} from ${change.before} ${change.fromDuring} to ${count} ${during}<#assign periodNamed = true>.
<#elseif variants.change == 0>
The figure for ${change.to}, ${count}, is <#if change.direction.rise>up<#else>down</#if> ${change.percent} on the ${change.before} recorded ${change.fromDuring}.
<#else>
Compared with the ${change.before} recorded ${change.fromDuring}, the figure ${during}<#assign periodNamed = true> is <#if change.direction.rise>up<#else>down</#if> ${change.percent}.
</#if>
</#if>
<#if hasChange && change.hasPrevious>
<#if change.previousDirection.none>
The figure is the same as the ${change.previousCount} recorded ${change.previousDuring}.
<#elseif change.previousPercent?has_content>
Over two years the figure is <#if change.previousDirection.rise>up<#else>down</#if> ${change.previousPercent}, against ${change.previousCount} ${change.previousDuring}.
<#else>
Police recorded none ${change.previousDuring}.
</#if>
</#if>
<#list caveats as caveat>
${caveat}

</#list>
<#if unpublished?has_content>
No figure was published for ${area} for ${unpublished}.
</#if>
<#if hasChange && change.largestInForce && !lead.LARGEST_RISE_IN_FORCE>
No other area in ${force} saw a bigger rise over the period.
</#if>
<#if hasChange && change.largestNationally>
It was the biggest percentage rise of the ${change.nationalAreas} areas in England and Wales that recorded offences of this kind ${change.fromDuring}.
<#elseif hasChange && change.largestInWales>
It was the biggest percentage rise of the ${change.walesAreas} areas in Wales that recorded offences of this kind ${change.fromDuring}.
</#if>

<#-- ===== among crime types ===== -->
<#if hasTypeRank && !lead.TOP_CRIME_TYPE>
${offenceTitle} <#if offencePlural>were<#else>was</#if> the ${typeRank} of the ${typeCount} ${typeKinds} in the figures for ${area}<#if typeAbove?has_content>, after ${typeAbove}</#if>.
</#if>
<#if hasAllCrime>
<#if hasTypeRank && !lead.TOP_CRIME_TYPE><#if offencePlural>They<#else>It</#if><#else>${nounsTitle}</#if> made up ${allCrimeShare} of the ${allCrime} crimes police recorded in ${area}, excluding fraud.
</#if>

<#-- ===== national picture ===== -->
<#if hasNational>
<#switch variants.national>
<#case 0>Across England and Wales police recorded ${national} ${nouns} <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, the total of the figures for all ${forcesCount} police forces; ${area} accounted for ${shareOfNational} of them.
<#break>
<#case 1>${areaStart}'s offences were ${shareOfNational} of the ${national} recorded across England and Wales <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>, a total that adds up the figures of all ${forcesCount} police forces.
<#break>
<#default>The ${forcesCount} police forces of England and Wales recorded ${national} ${nouns} between them <#if periodNamed>over the year<#else>${during}<#assign periodNamed = true></#if>; ${shareOfNational} of them were in ${area}.
</#switch>
</#if>

</#if>

<#include "context.ftl">

<#-- ===== quote: a sample is marked, never passed off as a real statement ===== -->
<#if quote.sample>
§ [sample quote: replace with an approved statement] ${quote.speaker}, ${quote.role} at ${quote.organisation}, said: "${quote.text}"
<#else>
§ ${quote.speaker}, ${quote.role} at ${quote.organisation}, said: "${quote.text}"
</#if>

<#include "helplines.ftl">

§ ${source}
