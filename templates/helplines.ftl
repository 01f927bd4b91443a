<#-- Helpline boilerplate: the numbers are codes, written as published, never computed.
     The National Stalking Helpline is only for stories about stalking or harassment. -->
<#if offenceTitle == "Stalking and harassment" || offenceTitle == "Stalking">
§ Anyone affected can call the National Stalking Helpline on 0808 802 0300 or Victim Support on 0808 16 89 111. To report a crime call police on 101, or 999 in an emergency.
<#else>
§ Anyone affected by crime can call Victim Support on 0808 16 89 111. To report a crime call police on 101, or 999 in an emergency.
</#if>
