// The simulated website: a page tree with home/back links and cross-link shortcuts; BFS solver.
import { bfsPath } from '../../lib/graph';
import { createRng, type Rng } from '../../lib/rng';
import { DIFFICULTIES, type Difficulty } from '../../types';

export interface Link { id: string; from: number; to: number; text: string }
export interface Page { title: string; parent: number | null }
export interface SiteScenario {
  seed: number;
  difficulty: Difficulty;
  pages: Page[];
  links: Link[];
  target: number;
  /** Shortest plan (link ids from home to the target). */
  optimal: string[];
}

const TOPICS = [
  'Invoices', 'Refund policy', 'API keys', 'Webhooks', 'Careers', 'Press kit', 'Status page', 'Security whitepaper',
  'Data export', 'SSO setup', 'Team roles', 'Mobile app', 'Release notes', 'Rate limits', 'Tax forms', 'Partner program',
  'Accessibility', 'Cookie settings', 'Brand assets', 'Training videos', 'Community forum', 'Enterprise plan',
  'Student discount', 'Gift cards', 'Shipping times', 'Returns', 'Warranty', 'Store locator', 'Trade-in', 'Bug bounty',
  'Office locations', 'Investor relations', 'Sustainability report', 'Open-source licenses', 'SDK downloads', 'Changelog',
  'Uptime history', 'Incident reports', 'Billing contacts', 'Payment methods', 'Usage reports', 'Seat management',
  'Audit logs', 'Backup and restore', 'Migration guide', 'Glossary', 'Quick start', 'Tutorials', 'Case studies',
  'Webinars', 'Newsletter', 'Contact sales', 'Live chat', 'Phone support', 'Holiday hours', 'Legal notices',
];
const SECTIONS = [3, 4, 4];
const CHILDREN = [3, 3, 3];
const GRANDCHILDREN = [0, 2, 2];
const SHORTCUTS = [0, 3, 6];

function buildPages(rng: Rng, level: number): Page[] {
  const titles = rng.shuffle(TOPICS);
  const pages: Page[] = [{ title: 'Home', parent: null }];
  const add = (parent: number) => pages.push({ title: titles[pages.length - 1]!, parent }) - 1;
  for (let s = 0; s < SECTIONS[level]!; s++) {
    const section = add(0);
    for (let c = 0; c < CHILDREN[level]!; c++) {
      const child = add(section);
      for (let g = 0; g < GRANDCHILDREN[level]!; g++) add(child);
    }
  }
  return pages;
}

function buildLinks(rng: Rng, pages: Page[], level: number): Omit<Link, 'id'>[] {
  const links: Omit<Link, 'id'>[] = [];
  const has = (from: number, to: number) => links.some((l) => l.from === from && l.to === to);
  const add = (from: number, to: number, text: string) => { if (from !== to && !has(from, to)) links.push({ from, to, text }); };
  pages.forEach((page, index) => {
    pages.forEach((child, c) => { if (child.parent === index) add(index, c, child.title); });
    if (index !== 0) add(index, 0, 'Home');
    if (page.parent !== null && page.parent !== 0) add(index, page.parent, `Back to ${pages[page.parent]!.title}`);
  });
  for (let i = 0; i < SHORTCUTS[level]!; i++) {
    const to = rng.int(1, pages.length - 1);
    add(rng.chance(0.4) ? 0 : rng.int(1, pages.length - 1), to, `Popular: ${pages[to]!.title}`);
  }
  return links;
}

export function shortestPlan(pages: Page[], links: Link[], target: number): string[] {
  const path = bfsPath<number>(0, (page) => page === target, (page) => links.filter((l) => l.from === page).map((l) => l.to), String) ?? [];
  return path.slice(1).map((to, i) => links.find((l) => l.from === path[i] && l.to === to)!.id);
}

export function generateSite(seed: number, difficulty: Difficulty): SiteScenario {
  const rng = createRng(`site-navigation:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  for (;;) {
    const pages = buildPages(rng, level);
    const ids = rng.shuffle(Array.from({ length: 900 }, (_, i) => i + 100));
    const links = buildLinks(rng, pages, level).map((link, i) => ({ id: `L${ids[i]}`, ...link }));
    const leaves = pages.map((_, i) => i).filter((i) => i > 0 && !pages.some((p) => p.parent === i));
    const target = rng.pick(leaves);
    const optimal = shortestPlan(pages, links, target);
    // A target one click from home would make the task trivial; draw again.
    if (optimal.length >= 2) return { seed, difficulty, pages, links, target, optimal };
  }
}

export function breadcrumb(pages: Page[], index: number): string {
  const trail: string[] = [];
  for (let at: number | null = index; at !== null; at = pages[at]!.parent) trail.unshift(pages[at]!.title);
  return trail.join(' > ');
}

export function renderPage(scenario: SiteScenario, index: number): string {
  const links = scenario.links.filter((l) => l.from === index).map((l) => `[${l.id}] ${l.text}`);
  return [`Page: ${scenario.pages[index]!.title}`, `Breadcrumb: ${breadcrumb(scenario.pages, index)}`, 'Links:', ...links].join('\n');
}
