/**
 * CHANGELOG.md as `npm run release:check` and the release workflow read it (Keep a Changelog): a
 * version's section starts at `## [x.y.z] - YYYY-MM-DD` (or `- Unreleased` while it is being
 * prepared) and runs to the next `## ` heading. Run as a script, it prints one version's section,
 * the release notes: `tsx scripts/changelog.ts 1.2.0`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface VersionSection {
  /** `YYYY-MM-DD`, or undefined while the heading says the version is unreleased */
  date?: string;
  /** the section's lines under its heading, trimmed */
  body: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The section of `version` in `changelog`, or undefined when it has none. */
export function versionSection(changelog: string, version: string): VersionSection | undefined {
  const heading = new RegExp(`^## \\[${escapeRegExp(version)}\\](?: - (?:(\\d{4}-\\d{2}-\\d{2})|Unreleased))?[ \\t]*$`, 'm');
  const found = heading.exec(changelog);
  if (!found) return undefined;
  const rest = changelog.slice(found.index + found[0].length);
  const next = /^## /m.exec(rest);
  return { date: found[1], body: (next ? rest.slice(0, next.index) : rest).trim() };
}

/**
 * What keeps `version` from being released, one line per problem: no section, a section without a
 * change listed, and, for the release itself (`dated`), a heading without its date.
 */
export function changelogProblems(changelog: string, version: string, dated: boolean): string[] {
  const section = versionSection(changelog, version);
  if (!section) return [`CHANGELOG.md has no "## [${version}]" section`];
  const problems: string[] = [];
  if (!/^- /m.test(section.body)) problems.push(`CHANGELOG.md's section for ${version} lists no change`);
  if (dated && !section.date) problems.push(`CHANGELOG.md's heading for ${version} needs the release date: "## [${version}] - YYYY-MM-DD"`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const version = process.argv[2];
  const section = version ? versionSection(readFileSync('CHANGELOG.md', 'utf8'), version) : undefined;
  if (!section) {
    console.error(`usage: tsx scripts/changelog.ts VERSION (a version CHANGELOG.md has a section for)`);
    process.exit(1);
  }
  console.log(section.body);
}
