/// <reference types="node" />
// Region packs: parse with line numbers, validate with the shared schema, check every
// number with libphonenumber's full metadata, and sort hotlines for the app.
import { join } from 'node:path';
import * as v from 'valibot';
import { getCountryCallingCode, isSupportedCountry, isValidPhoneNumber } from 'libphonenumber-js/max';
import {
  E164_PATTERN,
  RegionPackSchema,
  checkRegionPack,
  sortHotlines,
} from '../../src/core/content-schema';
import type { RegionPack } from '../../src/core/content-types';
import type { IssueList } from './issues';
import { lineOf, pathKey, type JsonPath, type ParsedJson } from './json-lines';
import { listContentFiles, readJsonFile } from './files';

/** Reads, validates and normalizes every `content/regions/<code>.json`; problems go to `issues`. */
export function loadRegionPacks(contentDir: string, today: string, issues: IssueList): RegionPack[] {
  const dir = join(contentDir, 'regions');
  const names = listContentFiles(contentDir, 'regions', issues, 'no regions/ directory with region packs');
  if (!names) return [];
  const packs: RegionPack[] = [];
  for (const name of names) {
    const file = `regions/${name}`;
    const match = /^([a-z]{2}(?:-[a-z0-9]{1,3})?)\.json$/.exec(name);
    if (match?.[1] === undefined) {
      issues.error(file, 1, 'a region pack must be named <region code>.json, like gb.json or us-tx.json');
      continue;
    }
    const pack = loadPack(join(dir, name), file, match[1], today, issues);
    if (pack !== undefined) packs.push(pack);
  }
  if (packs.length === 0 && issues.errors.length === 0) {
    issues.error('regions', 1, 'no region packs found');
  }
  return packs;
}

function loadPack(
  path: string,
  file: string,
  code: string,
  today: string,
  issues: IssueList,
): RegionPack | undefined {
  const parsed = readJsonFile(path, file, issues);
  if (!parsed) return undefined;
  const errorsBefore = issues.errors.length;
  const result = v.safeParse(RegionPackSchema, parsed.value, { abortEarly: false });
  if (!result.success) {
    for (const issue of result.issues) {
      const path: JsonPath = (issue.path ?? []).map((item) =>
        typeof item.key === 'number' ? item.key : String(item.key),
      );
      issues.error(file, issueLine(parsed, path), describeSchemaIssue(parsed.value, path, issue));
    }
    return undefined;
  }
  const pack = result.output;
  if (pack.code !== code) {
    issues.error(file, lineOf(parsed, ['code']), `code "${pack.code}" must match the file name (${code})`);
  }
  for (const problem of checkRegionPack(pack)) {
    const line = lineOf(parsed, problem.path);
    const message = `${labelOf(parsed.value, problem.path)}${problem.message}`;
    if (problem.severity === 'error') issues.error(file, line, message);
    else issues.warn(file, line, message);
  }
  checkNumbers(pack, parsed, file, issues);
  checkDates(pack, parsed, file, today, issues);
  if (issues.errors.length > errorsBefore) return undefined;
  return { ...pack, hotlines: sortHotlines(pack.hotlines) };
}

// libphonenumber's "max" metadata knows which number ranges are actually assigned,
// not just their length, so a dropped or swapped digit fails here.
function checkNumbers(pack: RegionPack, parsed: ParsedJson, file: string, issues: IssueList): void {
  pack.hotlines.forEach((hotline, index) => {
    const numbers: Array<[JsonPath, string]> = [[['hotlines', index, 'phone'], hotline.phone]];
    if (hotline.sms !== undefined) {
      numbers.push([['hotlines', index, 'sms', 'number'], hotline.sms.number]);
    }
    for (const [path, number] of numbers) {
      if (!E164_PATTERN.test(number)) continue;
      const field = path.slice(2).join('.');
      if (!isValidPhoneNumber(number)) {
        issues.error(file, lineOf(parsed, path), `${hotline.id}: ${field} ${number} is not a valid phone number`);
      } else if (pack.country !== null && isSupportedCountry(pack.country)) {
        const expected = `+${getCountryCallingCode(pack.country)}`;
        if (!number.startsWith(expected)) {
          issues.error(
            file,
            lineOf(parsed, path),
            `${hotline.id}: ${field} ${number} is not a ${pack.country} number (those start ${expected})`,
          );
        }
      }
    }
  });
}

function checkDates(
  pack: RegionPack,
  parsed: ParsedJson,
  file: string,
  today: string,
  issues: IssueList,
): void {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  pack.hotlines.forEach((hotline, index) => {
    const line = lineOf(parsed, ['hotlines', index, 'verified']);
    if (hotline.verified < yearAgo) {
      issues.warn(
        file,
        line,
        `${hotline.id}: verified ${hotline.verified} is more than 12 months ago; check the number again`,
      );
    } else if (hotline.verified > today) {
      issues.warn(file, line, `${hotline.id}: verified ${hotline.verified} is after today (${today})`);
    }
  });
}

// A missing key has no line of its own; point at the entry's id, which people search for.
function issueLine(parsed: ParsedJson, path: JsonPath): number {
  if (parsed.lines.has(pathKey(path))) return lineOf(parsed, path);
  if (path[0] === 'hotlines' && typeof path[1] === 'number') {
    return lineOf(parsed, ['hotlines', path[1], 'id']);
  }
  return lineOf(parsed, path);
}

type SchemaIssue = v.InferIssue<typeof RegionPackSchema>;

function describeSchemaIssue(value: unknown, path: JsonPath, issue: SchemaIssue): string {
  const key = path[path.length - 1];
  const parentLabel = labelOf(value, path.slice(0, -1));
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `${parentLabel}unknown field "${String(key)}"`;
  }
  if (issue.type === 'strict_object' && issue.input === undefined) {
    return `${parentLabel}missing "${String(key)}"`;
  }
  const field = fieldName(path);
  const got = issue.received === undefined ? '' : ` (got ${issue.received})`;
  return `${labelOf(value, path)}${field === '' ? '' : `${field} `}${issue.message}${got}`;
}

// "gb-childline: " when the path is inside a hotline that has an id, so messages name the entry.
function labelOf(value: unknown, path: JsonPath): string {
  if (path[0] !== 'hotlines' || typeof path[1] !== 'number') return '';
  const hotlines = field(value, 'hotlines');
  const id = field(Array.isArray(hotlines) ? hotlines[path[1]] : undefined, 'id');
  return typeof id === 'string' ? `${id}: ` : `hotlines[${path[1]}]: `;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function fieldName(path: JsonPath): string {
  const rest = path[0] === 'hotlines' && typeof path[1] === 'number' ? path.slice(2) : path;
  return rest.map(String).join('.');
}
