<#-- What the offence category covers, more context and its recording caveats, one paragraph
     each, from data/offences/<offence>.json (an offence without a file has none). -->
<#list closing.context as paragraph>
§ ${paragraph}

</#list>
