<#ftl output_format="plainText" strip_whitespace=true>
<#--
  One local story about one offence in one area. The data model is a StoryView record
  (src/main/java/org/localwire/render/StoryView.java), one nested record per thing the story
  describes (place, offence, figures, inForce, wider, rate, past, closing): every number arrives
  already worded.
  This template chooses and arranges; it never computes or hedges.

  Layout: the first block is the headline, then one block per paragraph, blocks separated by
  blank lines. A block starting with § is boilerplate (the same in every story of a release).
  Each slot has three equally accurate phrasings; variants.<slot> (0, 1 or 2) picks one.
-->
<#-- "Drug offences" reads "drug offences", never "drug offences offences" -->
<#assign offences = figures.countOne?then("offence", "offences")>
<#assign perDayNoun = figures.perDayOne?then("offence", "offences")>
<#assign rise = past.hasChange && (lead.DOUBLED || lead.RISE || lead.FALL || lead.LARGEST_RISE_IN_FORCE || lead.LARGEST_FALL_IN_FORCE || lead.RISE_AGAINST_NATIONAL_TREND || lead.HIGHEST_IN_SERIES)>
<#-- house style (issue 19): the story's period is named once in full, then "over the year"; a sentence
     that compares two periods names both -->
<#assign periodNamed = false>
<#if figures.countNone>
<#-- ===== none recorded: a count of nothing, never a rate of 0.0 or "zero offences" ===== -->
No ${offence.nouns} recorded in ${place.area} ${figures.during}

Police in ${place.area} recorded no ${offence.nouns} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, according to official figures.

<#if past.hasChange && !past.change.fromZero>
Police there recorded ${past.change.before} ${past.change.fromDuring}.
</#if>
<#if inForce.only || !inForce.total.known>
<#elseif inForce.total.none>
None were recorded anywhere in ${place.forceArea}.
<#else>
Across ${place.forceArea} police recorded ${inForce.total.count}${inForce.total.published?then("", ", the sum of its areas in the figures")}<#if inForce.ranked && !inForce.top>, the most of them in ${inForce.topArea} (${inForce.topCount})</#if>.
</#if>
<#if wider.national.any>
Across England and Wales police recorded ${wider.national.count} ${offence.nouns} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>.
</#if>
<#else>
<#-- ===== headline ===== -->
<#switch true>
<#case lead.LARGEST_RISE_IN_FORCE>
<#switch variants.headline>
<#case 0>${place.areaStart} has ${place.force}'s biggest rise in ${offence.nouns}
<#break>
<#case 1>Biggest rise in ${offence.nouns} in ${place.force} is in ${place.area}
<#break>
<#default>${offence.nounsTitle} rise faster in ${place.area} than anywhere else in ${place.force}
</#switch>
<#break>
<#case lead.LARGEST_FALL_IN_FORCE>
<#if variants.headline == 0>
${place.area} has ${place.force}'s biggest fall in ${offence.nouns}
<#else>
Biggest fall in ${offence.nouns} in ${place.force} is in ${place.area}
</#if>
<#break>
<#case lead.RISE_AGAINST_NATIONAL_TREND>
<#if variants.headline == 0>
${offence.nounsTitle} up ${past.change.percent} in ${place.area} as the England and Wales figure falls
<#else>
${place.area} bucks national trend with ${past.change.percent} rise in ${offence.nouns}
</#if>
<#break>
<#case lead.HIGHEST_IN_SERIES>
${place.area}: ${offence.nouns} at their highest in figures going back to ${past.series.from}
<#break>
<#case lead.DOUBLED>
<#switch variants.headline>
<#case 0>${offence.nounsTitle} in ${place.area} have ${past.change.multiple} ${past.change.since}
<#break>
<#case 1>Recorded ${offence.nouns} have ${past.change.multiple} in ${place.area}
<#break>
<#default>${place.areaStart}: ${offence.nouns} have ${past.change.multiple} in ${past.change.years}
</#switch>
<#break>
<#case lead.HIGHEST_RATE_IN_FORCE>
<#switch variants.headline>
<#case 0>${place.areaStart} has the highest rate of ${offence.nouns} in ${place.force}
<#break>
<#case 1>${offence.title}: ${place.area} has ${place.force}'s highest rate per head
<#break>
<#default>No part of ${place.force} has a higher rate of ${offence.nouns} than ${place.area}
</#switch>
<#break>
<#case lead.HIGHEST_COUNT_IN_FORCE>
<#if inForce.joint>
${place.areaStart} joint highest for ${offence.nouns} in ${place.force}
<#else>
<#switch variants.headline>
<#case 0>${place.areaStart} records more ${offence.nouns} than anywhere else in ${place.force}
<#break>
<#case 1><#if inForce.total.majority>Most ${offence.nouns} in ${place.force} are recorded in ${place.area}<#else>${place.areaStart} has the most ${offence.nouns} of any area in ${place.force}</#if>
<#break>
<#default>${place.areaStart} tops ${place.force} for recorded ${offence.nouns}
</#switch>
</#if>
<#break>
<#case lead.RISE>
<#if past.change.fromZero>
${offence.nounsTitle} recorded in ${place.area}, up from none ${past.change.fromDuring}
<#else>
<#switch variants.headline>
<#case 0>${offence.nounsTitle} up ${past.change.percent} in ${place.area}
<#break>
<#case 1>${place.areaStart} sees ${past.change.percent} rise in ${offence.nouns}
<#break>
<#default>Recorded ${offence.nouns} rise by ${past.change.percent} in ${place.area}
</#switch>
</#if>
<#break>
<#case lead.FALL>
<#switch variants.headline>
<#case 0>${offence.nounsTitle} down ${past.change.percent} in ${place.area}
<#break>
<#case 1>${place.areaStart} sees ${past.change.percent} fall in ${offence.nouns}
<#break>
<#default>Recorded ${offence.nouns} fall by ${past.change.percent} in ${place.area}
</#switch>
<#break>
<#case lead.ABOVE_NATIONAL_RATE>
<#switch variants.headline>
<#case 0>${place.areaStart}'s rate of ${offence.nouns} is above the England and Wales figure
<#break>
<#case 1>${offence.title}: ${place.area} above the rate for England and Wales
<#break>
<#default>${place.areaStart} records more ${offence.nouns} per head than England and Wales as a whole
</#switch>
<#break>
<#case lead.TOP_CRIME_TYPE>
<#switch variants.headline>
<#case 0>${offence.title} <#if offence.plural>are<#else>is</#if> the ${wider.typeRank.rank} type of crime in ${place.area}
<#break>
<#case 1>${place.areaStart}: ${offence.name} is the ${wider.typeRank.rank} type of crime in police figures
<#break>
<#default>${place.areaStart}: ${offence.name} the ${wider.typeRank.rank} of ${wider.typeRank.count} ${wider.typeRank.kinds}
</#switch>
<#break>
<#default>
<#if figures.perDayIsCount>
Police in ${place.area} record ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}
<#else>
<#switch variants.headline>
<#case 0>Police in ${place.area} record ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit}
<#break>
<#case 1>${offence.title}: ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} recorded in ${place.area}
<#break>
<#default>${place.areaStart} police figures show ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit}
</#switch>
</#if>
</#switch>

<#-- ===== intro: the top angle ===== -->
<#switch true>
<#case lead.LARGEST_RISE_IN_FORCE>
<#if variants.intro == 0>
${place.areaStart} saw the biggest rise in recorded ${offence.nouns} of the ${inForce.areas} areas in ${place.forceArea}, <#if past.change.fromZero>from none ${past.change.fromDuring}<#else>up ${past.change.percent} from ${past.change.before} ${past.change.fromDuring}</#if> to ${figures.count} ${figures.during}<#assign periodNamed = true><#if past.change.hasMultiple>: the number has ${past.change.multiple}</#if>.
<#else>
Of the ${inForce.areas} areas in ${place.forceArea}, ${place.area} had the biggest rise in recorded ${offence.nouns}: <#if past.change.fromZero>from none ${past.change.fromDuring}<#else>${past.change.before} ${past.change.fromDuring}</#if> to ${figures.count} ${figures.during}<#assign periodNamed = true><#if !past.change.fromZero>, up ${past.change.percent}</#if><#if past.change.hasMultiple>. The number has ${past.change.multiple}</#if>.
</#if>
<#break>
<#case lead.LARGEST_FALL_IN_FORCE>
${place.area} saw the biggest fall in recorded ${offence.nouns} of the ${inForce.areas} areas in ${place.forceArea}, down ${past.change.percent} from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}<#assign periodNamed = true>.
<#break>
<#case lead.RISE_AGAINST_NATIONAL_TREND>
Police in ${place.area} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}<#assign periodNamed = true>, up ${past.change.percent} on the ${past.change.before} recorded ${past.change.fromDuring}, while across England and Wales the number fell by ${past.national.percent}.
<#break>
<#case lead.HIGHEST_IN_SERIES>
Police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.area} ${figures.during}<#assign periodNamed = true>, the highest of the ${past.series.count} yearly figures for the area in the data, which go back to ${past.series.from}<#if past.change.fromZero>; there were none ${past.change.fromDuring}<#elseif past.change.direction.rise>, and up ${past.change.percent} on the ${past.change.before} recorded ${past.change.fromDuring}</#if>.
<#break>
<#case lead.DOUBLED>
<#if variants.intro == 0>
The number of ${offence.nouns} recorded by police in ${place.area} has ${past.change.multiple} in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}<#assign periodNamed = true>.
<#else>
Police in ${place.area} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}<#assign periodNamed = true>, against ${past.change.before} ${past.change.fromDuring}: the number has ${past.change.multiple} in ${past.change.years}.
</#if>
<#break>
<#case lead.HIGHEST_RATE_IN_FORCE>
<#if variants.intro == 0>
${place.areaStart} had ${rate.rank.words} rate of ${offence.nouns} of the ${rate.rank.areas} areas in ${place.forceArea} with population figures <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>: ${rate.value} for every 1,000 people, against ${rate.rank.bottom} in ${rate.rank.bottomArea}, the lowest.
<#else>
Police recorded ${rate.value} ${offence.nouns} for every 1,000 people in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, ${rate.rank.words} rate of the ${rate.rank.areas} areas in ${place.forceArea} with population figures; ${rate.rank.bottomArea} had the lowest, ${rate.rank.bottom}.
</#if>
<#break>
<#case lead.HIGHEST_COUNT_IN_FORCE>
<#if variants.intro == 0 || inForce.joint>
Police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, ${inForce.rank} number of the ${inForce.areas} areas in ${place.forceArea}.
<#else>
No area in ${place.forceArea} recorded more ${offence.nouns} than ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, when police there recorded ${figures.count}.
</#if>
<#break>
<#case lead.RISE>
<#if past.change.fromZero>
Police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.area} ${figures.during}<#assign periodNamed = true>, having recorded none ${past.change.fromDuring}.
<#elseif variants.intro == 0>
Recorded ${offence.nouns} in ${place.area} rose by ${past.change.percent} in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}<#assign periodNamed = true>.
<#else>
Police in ${place.area} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}<#assign periodNamed = true>, up ${past.change.percent} from ${past.change.before} ${past.change.fromDuring}.
</#if>
<#break>
<#case lead.FALL>
<#if variants.intro == 0>
Recorded ${offence.nouns} in ${place.area} fell by ${past.change.percent} in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}<#assign periodNamed = true>.
<#else>
Police in ${place.area} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}<#assign periodNamed = true>, down ${past.change.percent} from ${past.change.before} ${past.change.fromDuring}.
</#if>
<#break>
<#case lead.ABOVE_NATIONAL_RATE>
<#if variants.intro == 0>
Police in ${place.area} recorded ${rate.value} ${offence.nouns} for every 1,000 people <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, against ${rate.national} across England and Wales.
<#elseif variants.intro == 1>
${place.areaStart}'s rate of ${offence.nouns} was ${rate.value} for every 1,000 people <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, higher than the ${rate.national} recorded across England and Wales.
<#else>
At ${rate.value} ${offence.nouns} for every 1,000 people <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, ${place.area} was above the England and Wales rate of ${rate.national}.
</#if>
<#break>
<#case lead.TOP_CRIME_TYPE>
<#if variants.intro == 1>
Police in ${place.area} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, making it the ${wider.typeRank.rank} of the ${wider.typeRank.count} ${wider.typeRank.kinds} in the figures<#if wider.typeRank.above?has_content>, after ${wider.typeRank.above}</#if>.
<#elseif variants.intro == 2 && wider.typeRank.above?has_content>
Only ${wider.typeRank.above} <#if wider.typeRank.abovePlural>were<#else>was</#if> recorded more often than ${offence.nouns} in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, making ${offence.name} the ${wider.typeRank.rank} of the ${wider.typeRank.count} ${wider.typeRank.kinds} in the figures.
<#elseif variants.intro == 2 && wider.typeRank.top>
No type of crime was recorded more often in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if> than ${offence.name}: police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)}, the most of the ${wider.typeRank.count} ${wider.typeRank.kinds} in the figures.
<#else>
${offence.title} <#if offence.plural>were<#else>was</#if> the ${wider.typeRank.rank} of the ${wider.typeRank.count} ${wider.typeRank.kinds} police recorded in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if><#if wider.typeRank.above?has_content>: only ${wider.typeRank.above} <#if wider.typeRank.abovePlural>were<#else>was</#if> recorded more often</#if>.
</#if>
<#break>
<#default>
<#if figures.perDayIsCount>
Police in ${place.area} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, according to official figures.
<#elseif variants.intro == 0>
Police in ${place.area} recorded ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit} on average <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, according to official figures.
<#else>
Official figures show police in ${place.area} recorded ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit} on average <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>.
</#if>
</#switch>

<#assign summed = inForce.total.published?then("", ", the sum of its areas in the figures")>
<#-- these leads give the force total in the figures paragraph: the place-in-force paragraph does not say it again -->
<#assign totalSaid = !inForce.only && (lead.HIGHEST_COUNT_IN_FORCE || lead.PER_DAY || lead.SHARE_OF_FORCE || lead.SHARE_OF_ALL_CRIME || lead.BELOW_NATIONAL_RATE)>
<#-- ===== the figures ===== -->
<#if lead.HIGHEST_COUNT_IN_FORCE>
<#if figures.perDayIsCount>That is<#else>That is ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average, and</#if> ${inForce.total.share} of the ${inForce.total.count} offences of this kind recorded across ${place.forceArea}${summed}.
<#elseif lead.PER_DAY || lead.SHARE_OF_FORCE || lead.SHARE_OF_ALL_CRIME || lead.BELOW_NATIONAL_RATE>
<#if inForce.only || inForce.total.known>
The ${figures.count} ${offences} recorded there <#if figures.countOne>is<#else>are</#if><#if inForce.only> <#if figures.countOne>the only one<#else>all of those</#if> recorded in ${place.forceArea}.<#else> ${inForce.total.share} of the ${inForce.total.count} recorded across ${place.forceArea}${summed}.</#if>
</#if>
<#elseif rise>
<#if !figures.perDayIsCount>
<#switch variants.figures>
<#case 0>The ${figures.count} ${offences} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if> amount to ${figures.perDay} ${figures.perDayUnit} on average.
<#break>
<#case 1>That is ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>.
<#break>
<#default>On average, police there recorded ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>.
</#switch>
</#if>
<#elseif figures.perDayIsCount>
Police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>.
<#else>
<#switch variants.figures>
<#case 0>Police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average.
<#break>
<#case 1>In all, ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} were recorded in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>: ${figures.perDay} ${figures.perDayUnit} on average.
<#break>
<#default>The ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} recorded in ${place.area} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if> work out at ${figures.perDay} ${figures.perDayUnit}.
</#switch>
</#if>

<#-- ===== place in the force ===== -->
<#if inForce.only>
${place.areaStart} is the only area in ${place.forceArea}.
<#elseif !inForce.ranked>
<#-- issue 14: a neighbour's figure is missing, so the area's place in the force (and, unless published, the force total) is not known -->
${place.areaStart}'s place among the ${inForce.areas} areas in ${place.forceArea}<#if !inForce.total.known> and its share of their total</#if> cannot be given, because the figure for ${inForce.unpublished} is not published.<#if inForce.total.known && !totalSaid> Across the force area police recorded ${inForce.total.count} such offences.</#if>
<#elseif lead.HIGHEST_COUNT_IN_FORCE>
<#else>
<#-- the second intro of a biggest-rise story already opens "Of the N areas": do not open the rank sentence the same way -->
<#assign rankVariant = (variants.rank == 1 && lead.LARGEST_RISE_IN_FORCE && variants.intro != 0)?then(0, variants.rank)>
<#switch rankVariant>
<#case 0>The total was ${inForce.rank} of the ${inForce.areas} areas in ${place.forceArea}<#if !inForce.top>; ${inForce.topArea} recorded the most, ${inForce.topCount}</#if>.<#if !totalSaid><#if place.partialForce> Across them police recorded ${inForce.total.count} such offences.<#else> Across the force area police recorded ${inForce.total.count} such offences${summed}.</#if></#if>
<#break>
<#case 1>Of the ${inForce.areas} areas in ${place.forceArea}, ${place.area} had ${inForce.rank} number<#if !inForce.top>, while ${inForce.topArea} had the most, ${inForce.topCount}</#if>.<#if !totalSaid><#if place.partialForce> Across them police recorded ${inForce.total.count}.<#else> Police in the force area as a whole recorded ${inForce.total.count}${summed}.</#if></#if>
<#break>
<#default><#if totalSaid>${place.area}'s total was ${inForce.rank} of the ${inForce.areas} areas in ${place.forceArea}<#if !inForce.top>, where ${inForce.topArea} recorded the most (${inForce.topCount})</#if>.<#else>Police across ${place.forceArea} recorded ${inForce.total.count} such offences${summed}<#if !inForce.top>, the most of them in ${inForce.topArea} (${inForce.topCount})</#if>; ${place.area}'s total was ${inForce.rank} of its ${inForce.areas} areas.</#if>
</#switch>
</#if>

<#-- ===== rate per head ===== -->
<#if rate.any && !lead.HIGHEST_RATE_IN_FORCE && !lead.ABOVE_NATIONAL_RATE>
<#switch variants.rate>
<#-- the rate names its place: after a sentence about the force's top area, "that is" read as that area's -->
<#case 0>Based on ${rate.basis}, ${place.area} had ${rate.value} offences for every 1,000 people<#if rate.rank.any>, ${rate.rank.words} rate of the ${rate.rank.areas} areas in the force<#if place.partialForce> in the data</#if> with population figures</#if>.<#if rate.hasForce || rate.hasNational> The rate was <#if rate.hasForce>${rate.force} across ${place.forceArea}</#if><#if rate.hasForce && rate.hasNational> and </#if><#if rate.hasNational>${rate.national} across England and Wales</#if>.</#if>
<#break>
<#case 1>${place.areaStart}'s figure is a rate of ${rate.value} for every 1,000 people, using ${rate.basis}<#if rate.rank.any>: ${rate.rank.words} of the ${rate.rank.areas} areas in the force<#if place.partialForce> in the data</#if> with population figures</#if>.<#if rate.hasForce || rate.hasNational> The comparable figure was <#if rate.hasForce>${rate.force} across ${place.forceArea}</#if><#if rate.hasForce && rate.hasNational> and </#if><#if rate.hasNational>${rate.national} across England and Wales</#if>.</#if>
<#break>
<#default>Per head of population, police in ${place.area} recorded ${rate.value} offences for every 1,000 people (${rate.basis})<#if rate.rank.any>, ${rate.rank.words} rate of the ${rate.rank.areas} areas in the force<#if place.partialForce> in the data</#if> with population figures</#if>.<#if rate.hasForce || rate.hasNational> The rate was <#if rate.hasForce>${rate.force} across ${place.forceArea}</#if><#if rate.hasForce && rate.hasNational> and </#if><#if rate.hasNational>${rate.national} across England and Wales</#if>.</#if>
</#switch>
<#elseif rate.any>
<#assign showNational = rate.hasNational && !lead.ABOVE_NATIONAL_RATE>
The rate is based on ${rate.basis}.<#if rate.hasForce> Across ${place.forceArea} it was ${rate.force} per 1,000 people<#if showNational>, and across England and Wales ${rate.national}</#if>.<#elseif showNational> Across England and Wales it was ${rate.national} per 1,000 people.</#if>
<#elseif rate.noReason?has_content>
No rate per head of population can be given for ${place.area}: ${rate.noReason}.
</#if>
<#if rate.misleads?has_content>
${rate.misleads}
</#if>

<#-- ===== change over time ===== -->
<#if past.hasChange && !rise>
<#if past.change.direction.none>
Police recorded the same number, ${figures.count}, ${past.change.fromDuring} as ${figures.during}<#assign periodNamed = true>.
<#elseif past.change.fromZero>
Police recorded none ${past.change.fromDuring}, against ${figures.count} ${figures.during}<#assign periodNamed = true>.
<#elseif past.change.hasMultiple>
The number has ${past.change.multiple} from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}<#assign periodNamed = true>.
<#elseif variants.change == 0>
The figure for ${past.change.to}, ${figures.count}, is <#if past.change.direction.rise>up<#else>down</#if> ${past.change.percent} on the ${past.change.before} recorded ${past.change.fromDuring}.
<#else>
Compared with the ${past.change.before} recorded ${past.change.fromDuring}, the figure ${figures.during}<#assign periodNamed = true> is <#if past.change.direction.rise>up<#else>down</#if> ${past.change.percent}.
</#if>
</#if>
<#if past.hasChange && past.previous.any>
<#if past.previous.direction.none>
The figure is the same as the ${past.previous.count} recorded ${past.previous.during}.
<#elseif past.previous.percent?has_content>
Over two years the figure is <#if past.previous.direction.rise>up<#else>down</#if> ${past.previous.percent}, against ${past.previous.count} ${past.previous.during}.
<#else>
Police recorded none ${past.previous.during}.
</#if>
</#if>
<#list past.caveats as caveat>
${caveat}

</#list>
<#if past.unpublished?has_content>
No figure was published for ${place.area} for ${past.unpublished}.
</#if>
<#if past.hasChange && past.largest.riseInForce && !lead.LARGEST_RISE_IN_FORCE>
No other area in ${place.force} has had a bigger rise ${past.change.since}.
</#if>
<#if past.hasChange && past.largest.nationally>
It was the biggest percentage rise of the ${past.largest.nationalAreas} areas in England and Wales that recorded offences of this kind ${past.change.fromDuring}.
<#elseif past.hasChange && past.largest.inWales>
It was the biggest percentage rise of the ${past.largest.walesAreas} areas in Wales that recorded offences of this kind ${past.change.fromDuring}.
</#if>

<#-- ===== among crime types ===== -->
<#if wider.typeRank.any && !lead.TOP_CRIME_TYPE>
${offence.title} <#if offence.plural>were<#else>was</#if> the ${wider.typeRank.rank} of the ${wider.typeRank.count} ${wider.typeRank.kinds} in the figures for ${place.area}<#if wider.typeRank.above?has_content>, after ${wider.typeRank.above}</#if>.
</#if>
<#if wider.allCrime.any>
<#if wider.typeRank.any && !lead.TOP_CRIME_TYPE><#if offence.plural>They<#else>It</#if><#else>${offence.nounsTitle}</#if> made up ${wider.allCrime.share} of the ${wider.allCrime.total} crimes police recorded in ${place.area}, excluding fraud.
</#if>

<#-- ===== national picture ===== -->
<#if wider.national.any>
<#switch variants.national>
<#case 0>Across England and Wales police recorded ${wider.national.count} ${offence.nouns} <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, the total of the figures for all ${wider.national.forces} police forces; ${place.area} accounted for ${wider.national.share} of them.
<#break>
<#case 1>${place.areaStart}'s offences were ${wider.national.share} of the ${wider.national.count} recorded across England and Wales <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>, a total that adds up the figures of all ${wider.national.forces} police forces.
<#break>
<#default>The ${wider.national.forces} police forces of England and Wales recorded ${wider.national.count} ${offence.nouns} between them <#if periodNamed>over the year<#else>${figures.during}<#assign periodNamed = true></#if>; ${wider.national.share} of them were in ${place.area}.
</#switch>
</#if>

</#if>

<#include "context.ftl">

<#-- ===== quote: a sample is marked, never passed off as a real statement ===== -->
<#if closing.quote.sample>
§ [sample quote: replace with an approved statement] ${closing.quote.speaker}, ${closing.quote.role} at ${closing.quote.organisation}, said: "${closing.quote.text}"
<#else>
§ ${closing.quote.speaker}, ${closing.quote.role} at ${closing.quote.organisation}, said: "${closing.quote.text}"
</#if>

<#include "helplines.ftl">

§ ${closing.source}
