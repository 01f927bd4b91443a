<#ftl output_format="plainText" strip_whitespace=true>
<#--
  One local story about one offence in one police force, or in one area of a force the data
  covers only in part. The data model is a ForceView record
  (src/main/java/org/localwire/render/ForceView.java): every number arrives already worded.
  `type` is the story type the angle selector chose (ForceAngle.Kind). This template chooses
  and arranges; it never computes or hedges.
  Layout: first block the headline, then one block per paragraph, blocks separated by blank lines.
-->
<#-- "Drug offences" reads "drug offences", never "drug offences offences" -->
<#assign offences = figures.countOne?then("offence", "offences")>
<#assign perDayNoun = figures.perDayOne?then("offence", "offences")>
<#assign PoliceIn = policeIn?cap_first>
<#-- ===== headline ===== -->
<#if figures.countNone>
No ${nouns} recorded in ${forcePlace} ${during}
<#else>
<#switch true>
<#case type.AREA_IN_FORCE>
<#if focus.perDayIsCount>
Police record ${focus.count} ${nouns} in ${focus.name}
<#else>
Police record ${focus.perDay} ${focus.perDayOne?then(noun, nouns)} ${focus.perDayUnit} in ${focus.name}
</#if>
<#break>
<#case type.AREAS_ROUNDUP>
<#-- a change on a small base or of a handful is not a headline (README, "angle score") -->
<#if hasChange && !change.sizeable>
${areas.top} records the most ${nouns} in ${forcePlace}
<#elseif hasChange && change.hasMultiple>
${nounsTitle} have ${change.multiple} across ${forcePlace} in ${change.years}
<#elseif hasChange && change.direction.rise && !change.fromZero>
${nounsTitle} up ${change.percent} across ${forcePlace}
<#elseif hasChange && change.direction.fall>
${nounsTitle} down ${change.percent} across ${forcePlace}
<#else>
${areas.top} records the most ${nouns} in ${forcePlace}
</#if>
<#break>
<#case type.MULTIPLE>
${nounsTitle} in ${forcePlace} have ${change.multiple} in ${change.years}
<#break>
<#case type.AGAINST_NATIONAL>
<#if national.hasChange && national.change.hasMultiple>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(noun, nouns)} ${during} as the national total has ${national.change.multiple}
<#else>
${PoliceIn} recorded ${national.shareOfNational} of England and Wales's ${nouns} ${during}
</#if>
<#break>
<#case type.SHARE_OF_ALL_CRIME>
${nounsTitle} make up ${allCrime.share} of recorded crime in ${forcePlace}
<#break>
<#case type.RISE>
${nounsTitle} up ${change.percent} in ${forcePlace}
<#break>
<#case type.FALL>
${nounsTitle} down ${change.percent} in ${forcePlace}
<#break>
<#case type.TOP_CRIME_TYPE>
${offenceTitle} <#if offencePlural>are<#else>is</#if> the ${typeRank.rank} type of crime in ${forcePlace}
<#break>
<#default>
<#if figures.perDayIsCount>
${PoliceIn} record ${figures.count} ${figures.countOne?then(noun, nouns)} ${during}
<#else>
${PoliceIn} record ${figures.perDay} ${figures.perDayOne?then(noun, nouns)} ${figures.perDayUnit}
</#if>
</#switch>
</#if>

<#-- ===== intro: the top angle ===== -->
<#if figures.countNone>
${PoliceIn} recorded no ${nouns} ${during}, according to official figures.
<#else>
<#switch true>
<#case type.AREA_IN_FORCE>
Police recorded ${focus.count} ${nouns} in ${focus.name} ${during}<#if !focus.perDayIsCount>, ${focus.perDay} ${focus.perDayUnit} on average</#if>, according to official figures.
<#break>
<#case type.AREAS_ROUNDUP>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(noun, nouns)} ${during}<#if !figures.perDayIsCount>, ${figures.perDay} ${figures.perDayUnit} on average</#if>.<#if hasChange && change.acrossAreas && !change.direction.none> Across the force's ${change.areasCount} areas the number <#if change.hasMultiple>has ${change.multiple}<#elseif change.direction.rise>has risen by ${change.percent}<#else>has fallen by ${change.percent}</#if> in ${change.years}, from ${change.before} ${change.fromDuring}.<#elseif hasChange && !change.direction.none && !change.fromZero> The number <#if change.hasMultiple>has ${change.multiple}<#elseif change.direction.rise>has risen by ${change.percent}<#else>has fallen by ${change.percent}</#if> in ${change.years}, from ${change.before} ${change.fromDuring}.</#if>
<#break>
<#case type.MULTIPLE>
The number of ${nouns} recorded by ${policeIn} has ${change.multiple} in ${change.years}, from ${change.before} ${change.fromDuring} to ${figures.count} ${during}.
<#break>
<#case type.AGAINST_NATIONAL>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(noun, nouns)} ${during}<#if !figures.perDayIsCount>, ${figures.perDay} ${figures.perDayUnit} on average</#if>.
<#break>
<#case type.SHARE_OF_ALL_CRIME>
${nounsTitle} made up ${allCrime.share} of all crime recorded by ${policeIn} ${during}: ${figures.count} of the ${allCrime.total} offences recorded<#if allCrime.excludes?has_content>, a total that leaves out ${allCrime.excludes}</#if>.
<#break>
<#case type.RISE>
<#if change.fromZero>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(noun, nouns)} ${during}, having recorded none ${change.fromDuring}.
<#else>
The number of ${nouns} recorded by ${policeIn} rose by ${change.percent} in ${change.years}, from ${change.before} ${change.fromDuring} to ${figures.count} ${during}.
</#if>
<#break>
<#case type.FALL>
The number of ${nouns} recorded by ${policeIn} fell by ${change.percent} in ${change.years}, from ${change.before} ${change.fromDuring} to ${figures.count} ${during}.
<#break>
<#case type.TOP_CRIME_TYPE>
${offenceTitle} <#if offencePlural>were<#else>was</#if> the ${typeRank.rank} of the ${typeRank.count} ${typeRank.kinds} recorded by ${policeIn} ${during}<#if typeRank.above?has_content>: only ${typeRank.above} <#if typeRank.abovePlural>were<#else>was</#if> recorded more often</#if>.
<#break>
<#default>
<#if figures.perDayIsCount>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(noun, nouns)} ${during}, according to official figures.
<#else>
${PoliceIn} recorded ${figures.perDay} ${figures.perDayOne?then(noun, nouns)} ${figures.perDayUnit} on average ${during}, according to official figures.
</#if>
</#switch>
</#if>

<#-- ===== the area in its force ===== -->
<#if type.AREA_IN_FORCE>
Across ${forceArea}, police recorded ${figures.count} such offences over the same 12 months<#if focus.shareOfForce?has_content>, so ${focus.name} accounted for ${focus.shareOfForce} of them</#if>.
<#list parts as p>
Of the force's ${figures.count}, ${p.count}<#if p.share?has_content> (${p.share})</#if> were recorded as ${p.name} offences.
</#list>
<#if focus.hasFiveYear>
<#if focus.fiveYear.hasMultiple>
The number in ${focus.name} has ${focus.fiveYear.multiple} in five years, from ${focus.fiveYear.before} ${focus.fiveYear.fromDuring}.
<#elseif focus.fiveYear.direction.rise>
The number in ${focus.name} has risen by ${focus.fiveYear.percent} in five years, from ${focus.fiveYear.before} ${focus.fiveYear.fromDuring}.
<#elseif focus.fiveYear.direction.fall>
The number in ${focus.name} has fallen by ${focus.fiveYear.percent} in five years, from ${focus.fiveYear.before} ${focus.fiveYear.fromDuring}.
</#if>
</#if>
</#if>

<#-- ===== the figures ===== -->
<#if type.TOP_CRIME_TYPE>
Police recorded ${figures.count} ${figures.countOne?then(noun, nouns)} in ${forcePlace} ${during}<#if !figures.perDayIsCount>, ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average</#if>.
<#elseif type.PER_DAY && !figures.perDayIsCount>
In all, police recorded ${figures.count} ${figures.countOne?then(noun, nouns)} in ${forcePlace} ${during}.
<#elseif type.MULTIPLE || type.RISE || type.FALL || type.SHARE_OF_ALL_CRIME>
<#if !figures.perDayIsCount>
<#if type.SHARE_OF_ALL_CRIME && allCrime.oneIn?has_content>
That is ${allCrime.oneIn} recorded crimes, or ${figures.perDay} ${figures.perDayOne?then(noun, nouns)} ${figures.perDayUnit} on average.
<#else>
That is ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average ${during}.
</#if>
</#if>
</#if>
<#if hasChange && !type.AREAS_ROUNDUP && !type.AREA_IN_FORCE>
<#list history as h>
<#if h?index == 1 && h?has_next && h.known>
${h.during?cap_first} police recorded ${h.count}.
</#if>
</#list>
</#if>
<#if figures.basis?has_content && !type.AREAS_ROUNDUP>
The figure for ${force} ${during} is ${figures.basis}.
</#if>

<#-- ===== the force's areas ===== -->
<#if areas.any>
<#if type.AREAS_ROUNDUP && areas.listed>
<#list areas.lines as a>

${a.name?cap_first} recorded <#if a.first>the most, </#if><#if a.last>the fewest, </#if>${a.count}<#if !a.perDayIsCount>, ${a.perDay} ${a.perDayUnit} on average</#if><#if a.hasChange>, ${a.direction} ${a.percent} from ${a.before} in ${a.fromName}<#if a.hasMultiple>: the number has ${a.multiple}</#if></#if>.
</#list>
<#if areas.hasLargestRise>

The biggest rise ${areas.largestRiseSince} was in ${areas.largestRise}, up ${areas.largestRisePercent}.
<#elseif areas.allFell>

Every area recorded fewer offences than ${areas.largestRiseFromDuring}; the smallest fall was in ${areas.largestRise}, down ${areas.largestRisePercent}.
</#if>
<#else>
Of the ${areas.count} areas in ${forceArea}, ${areas.top} recorded the most, ${areas.topCount}, and ${areas.bottom} the fewest, ${areas.bottomCount}.<#if areas.hasLargestRise> The biggest rise ${areas.largestRiseSince} was in ${areas.largestRise}, up ${areas.largestRisePercent}.<#elseif areas.allFell> Every area recorded fewer offences than ${areas.largestRiseFromDuring}; the smallest fall was in ${areas.largestRise}, down ${areas.largestRisePercent}.</#if>
</#if>
<#if areas.hasRates>
Based on ${areas.rateBasis}, ${areas.topRateArea} had the highest rate, ${areas.topRate} offences for every 1,000 people, and ${areas.bottomRateArea} the lowest, ${areas.bottomRate}.
</#if>
</#if>
<#if type.AREAS_ROUNDUP && unpublished?has_content>

The figures give no counts for ${unpublished}.
</#if>
<#if unpublishedAreas?has_content>
<#-- issue 14: an area's figure is suppressed; the force's own figure stands, its areas are not compared -->
The figures give no count for ${unpublishedAreas} ${during}, so the areas of ${forceArea} are not compared here.
</#if>

<#-- ===== among crime types, share of all crime ===== -->
<#if typeRank.any && !type.TOP_CRIME_TYPE>
${offenceTitle} <#if offencePlural>were<#else>was</#if> the ${typeRank.rank} of the ${typeRank.count} ${typeRank.kinds} in the figures for ${force}<#if typeRank.above?has_content>, after ${typeRank.above}</#if>.
</#if>
<#if allCrime.any && !type.SHARE_OF_ALL_CRIME>
<#if offencePlural>They<#else>It</#if> made up ${allCrime.share} of the ${allCrime.total} crimes police recorded in ${forceArea}<#if allCrime.excludes?has_content>, excluding ${allCrime.excludes}</#if>.
</#if>
<#if !type.AREA_IN_FORCE>
<#list parts as p>
Of the ${figures.count}, ${p.count}<#if p.share?has_content> (${p.share})</#if> were recorded as ${p.name} offences.
</#list>
</#if>

<#-- ===== national picture ===== -->
<#if national.any>
<#if national.hasChange && !national.change.direction.none>
<#if national.change.hasMultiple>
Across England and Wales the number of ${nouns} recorded has ${national.change.multiple} in ${national.change.years}, from ${national.change.before} ${national.change.fromDuring} to ${national.count} ${during}<#if national.summed>, the total of the figures for all ${national.forcesCount} police forces</#if>.
<#else>
Across England and Wales police recorded ${national.count} ${nouns} ${during}<#if national.summed>, the total of the figures for all ${national.forcesCount} police forces</#if>, <#if national.change.direction.rise>up<#else>down</#if> ${national.change.percent} from ${national.change.before} ${national.change.fromDuring}.
</#if>
<#else>
Across England and Wales police recorded ${national.count} ${nouns} ${during}<#if national.summed>, the total of the figures for all ${national.forcesCount} police forces</#if>.
</#if>
<#if national.shareOfNational?has_content>
${forcePlace?cap_first} accounted for ${national.shareOfNational} of the England and Wales total.
</#if>
</#if>

<#-- ===== five years, other periods ===== -->
<#if hasFiveYear && !type.AREA_IN_FORCE && !fiveYear.direction.none>
Over five years the number recorded by ${policeIn} has <#if fiveYear.hasMultiple>${fiveYear.multiple}<#elseif fiveYear.direction.rise>risen by ${fiveYear.percent}<#else>fallen by ${fiveYear.percent}</#if>, from ${fiveYear.before} ${fiveYear.fromDuring}.
</#if>
<#list others?filter(o -> !o.running) as o>
${o.during?cap_first}, the latest months in the figures, ${policeIn} recorded ${o.count} ${nouns}<#if !o.perDayIsCount>, ${o.perDay} ${o.perDayUnit} on average</#if>.
</#list>
<#list others?filter(o -> o.running) as o>
${o.during?cap_first} they recorded ${o.count} in all.
</#list>

<#-- ===== recording-rule changes (data/caveats.csv) ===== -->
<#list caveats as c>
${c}
</#list>

<#list reporterNotes as n>
[note for the reporter: ${n}]
</#list>

<#include "context.ftl">

<#-- ===== quote ===== -->
<#if quote.sample>
[sample quote: replace with an approved statement] ${quote.speaker}, ${quote.role} at ${quote.organisation}, said: "${quote.text}"
<#else>
${quote.speaker}, ${quote.role} at ${quote.organisation}, said: "${quote.text}"
</#if>

<#include "helplines.ftl">

${source}
