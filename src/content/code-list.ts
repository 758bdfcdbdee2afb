/** Entry path. Splits the build's space-separated code string ("ad ae gb") into codes; no empty entries. */
export function codeList(codes: string): string[] {
  return codes.split(' ').filter((code) => code !== '');
}
