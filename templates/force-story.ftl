<#ftl output_format="plainText" strip_whitespace=true>
<#--
  One local story about one offence in one police force, or in one area of a force the data
  covers only in part. The data model is the StoryView record every story gets
  (src/main/java/org/localwire/render/StoryView.java), one nested record per thing the story
  describes (place, offence, figures, past, wider, closing, and areas: the force's areas and the
  area in focus): every number arrives already worded.
  `lead` is the story type the angle selector chose (Angle.Kind, the one enum of angles for every
  place). This template chooses and arranges; it never computes or hedges.
  Layout: first block the headline, then one block per paragraph, blocks separated by blank lines.
-->
<#-- "Drug offences" reads "drug offences", never "drug offences offences" -->
<#assign offences = figures.countOne?then("offence", "offences")>
<#assign perDayNoun = figures.perDayOne?then("offence", "offences")>
<#assign PoliceIn = place.policeIn?cap_first>
<#-- ===== headline ===== -->
<#if figures.countNone>
No ${offence.nouns} recorded in ${place.forcePlace} ${figures.during}
<#else>
<#switch true>
<#case lead.AREA_IN_FORCE>
<#if areas.focus.perDayIsCount>
Police record ${areas.focus.count} ${offence.nouns} in ${areas.focus.name}
<#else>
Police record ${areas.focus.perDay} ${areas.focus.perDayOne?then(offence.noun, offence.nouns)} ${areas.focus.perDayUnit} in ${areas.focus.name}
</#if>
<#break>
<#case lead.AREAS_ROUNDUP>
<#-- a change in a headline says over how long: the force's change may span two years -->
<#-- a change on a small base or of a handful is not a headline (README, "angle score") -->
<#if past.hasChange && !past.change.sizeable>
${areas.list.most.top} records the most ${offence.nouns} in ${place.forcePlace}
<#elseif past.hasChange && past.change.hasMultiple>
${offence.nounsTitle} have ${past.change.multiple} across ${place.forcePlace} in ${past.change.years}
<#elseif past.hasChange && past.change.direction.rise && !past.change.fromZero>
${offence.nounsTitle} up ${past.change.percent} across ${place.forcePlace} in ${past.change.years}
<#elseif past.hasChange && past.change.direction.fall>
${offence.nounsTitle} down ${past.change.percent} across ${place.forcePlace} in ${past.change.years}
<#else>
${areas.list.most.top} records the most ${offence.nouns} in ${place.forcePlace}
</#if>
<#break>
<#case lead.MULTIPLE>
${offence.nounsTitle} in ${place.forcePlace} have ${past.change.multiple} in ${past.change.years}
<#break>
<#case lead.AGAINST_NATIONAL>
<#if wider.national.hasChange && wider.national.change.hasMultiple>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during} as the national total has ${wider.national.change.multiple}
<#else>
${PoliceIn} recorded ${wider.national.share} of England and Wales's ${offence.nouns} ${figures.during}
</#if>
<#break>
<#case lead.SHARE_OF_ALL_CRIME>
${offence.nounsTitle} make up ${wider.allCrime.share} of recorded crime in ${place.forcePlace}
<#break>
<#case lead.RISE>
${offence.nounsTitle} up ${past.change.percent} in ${past.change.years} in ${place.forcePlace}
<#break>
<#case lead.FALL>
${offence.nounsTitle} down ${past.change.percent} in ${past.change.years} in ${place.forcePlace}
<#break>
<#case lead.TOP_CRIME_TYPE>
${offence.title} <#if offence.plural>are<#else>is</#if> the ${wider.typeRank.rank} type of crime in ${place.forcePlace}
<#break>
<#default>
<#if figures.perDayIsCount>
${PoliceIn} record ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}
<#else>
${PoliceIn} record ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit}
</#if>
</#switch>
</#if>

<#-- ===== intro: the top angle ===== -->
<#if figures.countNone>
${PoliceIn} recorded no ${offence.nouns} ${figures.during}, according to official figures.
<#else>
<#switch true>
<#case lead.AREA_IN_FORCE>
Police recorded ${areas.focus.count} ${offence.nouns} in ${areas.focus.name} ${figures.during}<#if !areas.focus.perDayIsCount>, ${areas.focus.perDay} ${areas.focus.perDayUnit} on average</#if>, according to official figures.
<#break>
<#case lead.AREAS_ROUNDUP>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}<#if !figures.perDayIsCount>, ${figures.perDay} ${figures.perDayUnit} on average</#if>.<#if past.hasChange && past.change.acrossAreas && !past.change.direction.none> Across the force's ${past.change.areasCount} areas the number <#if past.change.hasMultiple>has ${past.change.multiple}<#elseif past.change.direction.rise>has risen by ${past.change.percent}<#else>has fallen by ${past.change.percent}</#if> in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring}.<#elseif past.hasChange && !past.change.direction.none && !past.change.fromZero> The number <#if past.change.hasMultiple>has ${past.change.multiple}<#elseif past.change.direction.rise>has risen by ${past.change.percent}<#else>has fallen by ${past.change.percent}</#if> in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring}.</#if>
<#break>
<#case lead.MULTIPLE>
The number of ${offence.nouns} recorded by ${place.policeIn} has ${past.change.multiple} in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}.
<#break>
<#case lead.AGAINST_NATIONAL>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}<#if !figures.perDayIsCount>, ${figures.perDay} ${figures.perDayUnit} on average</#if>.
<#break>
<#case lead.SHARE_OF_ALL_CRIME>
${offence.nounsTitle} made up ${wider.allCrime.share} of all crime recorded by ${place.policeIn} ${figures.during}: ${figures.count} of the ${wider.allCrime.total} offences recorded<#if wider.allCrime.excludes?has_content>, a total that leaves out ${wider.allCrime.excludes}</#if>.
<#break>
<#case lead.RISE>
<#if past.change.fromZero>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}, having recorded none ${past.change.fromDuring}.
<#else>
The number of ${offence.nouns} recorded by ${place.policeIn} rose by ${past.change.percent} in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}.
</#if>
<#break>
<#case lead.FALL>
The number of ${offence.nouns} recorded by ${place.policeIn} fell by ${past.change.percent} in ${past.change.years}, from ${past.change.before} ${past.change.fromDuring} to ${figures.count} ${figures.during}.
<#break>
<#case lead.TOP_CRIME_TYPE>
${offence.title} <#if offence.plural>were<#else>was</#if> the ${wider.typeRank.rank} of the ${wider.typeRank.count} ${wider.typeRank.kinds} recorded by ${place.policeIn} ${figures.during}<#if wider.typeRank.above?has_content>: only ${wider.typeRank.above} <#if wider.typeRank.abovePlural>were<#else>was</#if> recorded more often</#if>.
<#break>
<#default>
<#if figures.perDayIsCount>
${PoliceIn} recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} ${figures.during}, according to official figures.
<#else>
${PoliceIn} recorded ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit} on average ${figures.during}, according to official figures.
</#if>
</#switch>
</#if>

<#-- ===== the area in its force ===== -->
<#if lead.AREA_IN_FORCE>
Across ${place.forceArea}, police recorded ${figures.count} such offences over the same 12 months<#if areas.focus.shareOfForce?has_content>, so ${areas.focus.name} accounted for ${areas.focus.shareOfForce} of them</#if>.
<#if wider.parts?has_content>
<#-- one sentence, not one per part, each part by its plural as copy uses it -->
Of the force's ${figures.count}, <#list wider.parts as p><#if p?is_last && !p?is_first>and </#if>${p.count}<#if p.share?has_content> (${p.share})</#if><#if p?is_first> were recorded as</#if> ${p.name}<#sep>, </#sep></#list>.
</#if>
<#if areas.focus.hasFiveYear>
<#if areas.focus.fiveYear.hasMultiple>
The number in ${areas.focus.name} has ${areas.focus.fiveYear.multiple} in five years, from ${areas.focus.fiveYear.before} ${areas.focus.fiveYear.fromDuring}.
<#elseif areas.focus.fiveYear.direction.rise>
The number in ${areas.focus.name} has risen by ${areas.focus.fiveYear.percent} in five years, from ${areas.focus.fiveYear.before} ${areas.focus.fiveYear.fromDuring}.
<#elseif areas.focus.fiveYear.direction.fall>
The number in ${areas.focus.name} has fallen by ${areas.focus.fiveYear.percent} in five years, from ${areas.focus.fiveYear.before} ${areas.focus.fiveYear.fromDuring}.
</#if>
</#if>
</#if>

<#-- ===== the figures ===== -->
<#if lead.TOP_CRIME_TYPE>
Police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.forcePlace} ${figures.during}<#if !figures.perDayIsCount>, ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average</#if>.
<#elseif lead.PER_DAY && !figures.perDayIsCount>
In all, police recorded ${figures.count} ${figures.countOne?then(offence.noun, offence.nouns)} in ${place.forcePlace} ${figures.during}.
<#elseif lead.MULTIPLE || lead.RISE || lead.FALL || lead.SHARE_OF_ALL_CRIME>
<#if !figures.perDayIsCount>
<#if lead.SHARE_OF_ALL_CRIME && wider.allCrime.oneIn?has_content>
That is ${wider.allCrime.oneIn} recorded crimes, or ${figures.perDay} ${figures.perDayOne?then(offence.noun, offence.nouns)} ${figures.perDayUnit} on average.
<#else>
That is ${figures.perDay} ${perDayNoun} ${figures.perDayUnit} on average ${figures.during}.
</#if>
</#if>
</#if>
<#if past.hasChange && !lead.AREAS_ROUNDUP && !lead.AREA_IN_FORCE>
<#list past.history as h>
<#if h?index == 1 && h?has_next && h.known>
${h.during?cap_first} police recorded ${h.count}.
</#if>
</#list>
</#if>
<#if figures.basis?has_content && !lead.AREAS_ROUNDUP>
The figure for ${place.force} ${figures.during} is ${figures.basis}.
</#if>

<#-- ===== the force's areas ===== -->
<#if areas.list.any>
<#if lead.AREAS_ROUNDUP && areas.list.listed>
<#list areas.list.lines as a>

${a.name?cap_first} recorded <#if a.first>the most, </#if><#if a.last>the fewest, </#if>${a.count}<#if !a.perDayIsCount>, ${a.perDay} ${a.perDayUnit} on average</#if><#if a.change.has>, ${a.change.direction}<#if a.change.percent?has_content> ${a.change.percent}</#if> from ${a.change.before} in ${a.change.fromName}<#if a.change.hasMultiple>: the number has ${a.change.multiple}</#if></#if>.
</#list>
<#if areas.list.rise.has>

The biggest rise ${areas.list.rise.since} was in ${areas.list.rise.name}, up ${areas.list.rise.percent}.
<#elseif areas.list.rise.allFell>

Every area recorded fewer offences than ${areas.list.rise.fromDuring}; the smallest fall was in ${areas.list.rise.name}, down ${areas.list.rise.percent}.
</#if>
<#else>
Of the ${areas.list.count} areas in ${place.forceArea}, ${areas.list.most.top} recorded the most, ${areas.list.most.topCount}, and ${areas.list.most.bottom} the fewest, ${areas.list.most.bottomCount}.<#if areas.list.rise.has> The biggest rise ${areas.list.rise.since} was in ${areas.list.rise.name}, up ${areas.list.rise.percent}.<#elseif areas.list.rise.allFell> Every area recorded fewer offences than ${areas.list.rise.fromDuring}; the smallest fall was in ${areas.list.rise.name}, down ${areas.list.rise.percent}.</#if>
</#if>
<#if areas.list.rates.has>
Based on ${areas.list.rates.basis}, ${areas.list.rates.topArea} had the highest rate, ${areas.list.rates.top} offences for every 1,000 people, and ${areas.list.rates.bottomArea} the lowest, ${areas.list.rates.bottom}.
</#if>
</#if>
<#if lead.AREAS_ROUNDUP && past.unpublished?has_content>

The figures give no counts for ${past.unpublished}.
</#if>
<#if areas.unpublished?has_content>
<#-- issue 14: an area's figure is suppressed; the force's own figure stands, its areas are not compared -->
The figures give no count for ${areas.unpublished} ${figures.during}, so the areas of ${place.forceArea} are not compared here.
</#if>

<#-- ===== among crime types, share of all crime ===== -->
<#if wider.typeRank.any && !lead.TOP_CRIME_TYPE>
${offence.title} <#if offence.plural>were<#else>was</#if> the ${wider.typeRank.rank} of the ${wider.typeRank.count} ${wider.typeRank.kinds} in the figures for ${place.force}<#if wider.typeRank.above?has_content>, after ${wider.typeRank.above}</#if>.
</#if>
<#if wider.allCrime.any && !lead.SHARE_OF_ALL_CRIME>
<#if offence.plural>They<#else>It</#if> made up ${wider.allCrime.share} of the ${wider.allCrime.total} crimes police recorded in ${place.forceArea}<#if wider.allCrime.excludes?has_content>, excluding ${wider.allCrime.excludes}</#if>.
</#if>
<#if !lead.AREA_IN_FORCE>
<#if wider.parts?has_content>
<#-- one sentence, not one per part, each part by its plural as copy uses it -->
Of the ${figures.count}, <#list wider.parts as p><#if p?is_last && !p?is_first>and </#if>${p.count}<#if p.share?has_content> (${p.share})</#if><#if p?is_first> were recorded as</#if> ${p.name}<#sep>, </#sep></#list>.
</#if>
</#if>

<#-- ===== national picture ===== -->
<#if wider.national.any>
<#if wider.national.hasChange && !wider.national.change.direction.none>
<#if wider.national.change.hasMultiple>
Across England and Wales the number of ${offence.nouns} recorded has ${wider.national.change.multiple} in ${wider.national.change.years}, from ${wider.national.change.before} ${wider.national.change.fromDuring} to ${wider.national.count} ${figures.during}<#if wider.national.summed>, the total of the figures for all ${wider.national.forces} police forces</#if>.
<#else>
Across England and Wales police recorded ${wider.national.count} ${offence.nouns} ${figures.during}<#if wider.national.summed>, the total of the figures for all ${wider.national.forces} police forces</#if>, <#if wider.national.change.direction.rise>up<#else>down</#if> ${wider.national.change.percent} from ${wider.national.change.before} ${wider.national.change.fromDuring}.
</#if>
<#else>
Across England and Wales police recorded ${wider.national.count} ${offence.nouns} ${figures.during}<#if wider.national.summed>, the total of the figures for all ${wider.national.forces} police forces</#if>.
</#if>
<#if wider.national.share?has_content>
${place.forcePlace?cap_first} accounted for ${wider.national.share} of the England and Wales total.
</#if>
</#if>

<#-- ===== five years, other periods ===== -->
<#if past.hasFiveYear && !lead.AREA_IN_FORCE && !past.fiveYear.direction.none>
Over five years the number recorded by ${place.policeIn} has <#if past.fiveYear.hasMultiple>${past.fiveYear.multiple}<#elseif past.fiveYear.direction.rise>risen by ${past.fiveYear.percent}<#else>fallen by ${past.fiveYear.percent}</#if>, from ${past.fiveYear.before} ${past.fiveYear.fromDuring}.
</#if>
<#list past.others?filter(o -> !o.running) as o>
${o.during?cap_first}, the latest months in the figures, ${place.policeIn} recorded ${o.count} ${offence.nouns}<#if !o.perDayIsCount>, ${o.perDay} ${o.perDayUnit} on average</#if>.
</#list>
<#list past.others?filter(o -> o.running) as o>
${o.during?cap_first} they recorded ${o.count} in all.
</#list>

<#-- ===== recording-rule changes (data/caveats.csv) ===== -->
<#list past.caveats as c>
${c}
</#list>

<#list past.reporterNotes as n>
[note for the reporter: ${n}]
</#list>

<#include "context.ftl">

<#-- ===== quote ===== -->
<#if closing.quote.sample>
[sample quote: replace with an approved statement] ${closing.quote.speaker}, ${closing.quote.role} at ${closing.quote.organisation}, said: "${closing.quote.text}"
<#else>
${closing.quote.speaker}, ${closing.quote.role} at ${closing.quote.organisation}, said: "${closing.quote.text}"
</#if>

<#include "helplines.ftl">

${closing.source}
