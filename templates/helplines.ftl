<#-- Helpline boilerplate: the numbers are codes, written as published, never computed. -->
§ Anyone affected can call the National Stalking Helpline on 0808 802 0300 or Victim Support on 0808 16 89 111. To report a crime call police on 101, or 999 in an emergency.
