/** Set-up offered beside the hotlines, never in front of them. (Filled in by the install work.) */
export function SetupPanel() {
  return null;
}
