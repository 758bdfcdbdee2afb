/**
 * Types of the compiled content (src/generated/), shared by the build script
 * and the app. Placeholder until the validated content build lands.
 */

/** What a hotline is for. */
export type Purpose = 'trafficking' | 'child' | 'emergency' | 'other';

/** One hotline in a region pack. */
export interface Hotline {
  id: string;
  name: string;
  purpose: Purpose;
  phone: string;
  sms?: { number: string; keyword?: string };
  chat?: string;
  website?: string;
  hours?: string;
  languages?: string[];
  source: string;
  verified: string;
}

/** A region's pack. */
export interface RegionPack {
  code: string;
  name: string;
  country: string | null;
  languages: string[];
  note?: string;
  hotlines: Hotline[];
}

/** One row of the region index (for validation and the picker). */
export interface RegionIndexEntry {
  code: string;
  name: string;
  country: string | null;
  hotlineCount: number;
}
