// The maze world: generation, local views, BFS, and stepping. Pure functions over plain data.
import { createRng, type Rng } from '../../lib/rng';
import { DIFFICULTIES, type Difficulty } from '../../types';

export const DIRECTIONS = ['north', 'south', 'east', 'west'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export interface Cell { row: number; col: number }

export interface MazeScenario {
  seed: number;
  difficulty: Difficulty;
  /** Rows of '#' (wall) and '.' (open). */
  grid: string[];
  start: Cell;
  goal: Cell;
  optimal: number;
}

const DELTA: Record<Direction, Cell> = { north: { row: -1, col: 0 }, south: { row: 1, col: 0 }, east: { row: 0, col: 1 }, west: { row: 0, col: -1 } };
const SIZES = [5, 6, 7];
const DENSITY = [0.25, 0.3, 0.33];
const DISTANCE: [number, number][] = [[4, 6], [6, 8], [8, 10]];

export function isOpen(grid: readonly string[], cell: Cell): boolean {
  return grid[cell.row]?.[cell.col] === '.';
}

export function neighbour(cell: Cell, direction: Direction): Cell {
  return { row: cell.row + DELTA[direction].row, col: cell.col + DELTA[direction].col };
}

/** Shortest move sequence from `from` to `to`, or undefined when unreachable. */
export function shortestMoves(grid: readonly string[], from: Cell, to: Cell): Direction[] | undefined {
  const key = (c: Cell) => c.row * 100 + c.col;
  const previous = new Map<number, { from: Cell; direction: Direction } | null>([[key(from), null]]);
  const queue: Cell[] = [from];
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head]!;
    if (cell.row === to.row && cell.col === to.col) {
      const moves: Direction[] = [];
      for (let step = previous.get(key(cell)); step; step = previous.get(key(step.from))) moves.unshift(step.direction);
      return moves;
    }
    for (const direction of DIRECTIONS) {
      const next = neighbour(cell, direction);
      if (!isOpen(grid, next) || previous.has(key(next))) continue;
      previous.set(key(next), { from: cell, direction });
      queue.push(next);
    }
  }
  return undefined;
}

function randomGrid(rng: Rng, size: number, density: number): string[] {
  return Array.from({ length: size }, () => Array.from({ length: size }, () => (rng.chance(density) ? '#' : '.')).join(''));
}

function openCells(grid: readonly string[]): Cell[] {
  return grid.flatMap((line, row) => [...line].flatMap((ch, col) => (ch === '.' ? [{ row, col }] : [])));
}

/** Rejection-samples grids until one has a start/goal pair at the wanted distance (harder: detours). */
export function generateMaze(seed: number, difficulty: Difficulty): MazeScenario {
  const level = DIFFICULTIES.indexOf(difficulty);
  const rng = createRng(`partial-view-maze:${seed}:${difficulty}`);
  const [low, high] = DISTANCE[level]!;
  for (let attempt = 0; ; attempt++) {
    const relaxed = attempt > 400;
    const grid = randomGrid(rng, SIZES[level]!, DENSITY[level]!);
    const cells = openCells(grid);
    if (cells.length < 6) continue;
    const start = rng.pick(cells);
    const goal = rng.pick(cells);
    const moves = shortestMoves(grid, start, goal);
    if (!moves || moves.length < (relaxed ? 3 : low) || moves.length > high) continue;
    const manhattan = Math.abs(start.row - goal.row) + Math.abs(start.col - goal.col);
    if (level === 2 && !relaxed && moves.length - manhattan < 2) continue;
    return { seed, difficulty, grid, start, goal, optimal: moves.length };
  }
}

/** The 3x3 view around `at`, north at the top; outside the grid reads as wall. */
export function localView(scenario: MazeScenario, at: Cell): string {
  const rows: string[] = [];
  for (let dr = -1; dr <= 1; dr++) {
    const cells: string[] = [];
    for (let dc = -1; dc <= 1; dc++) {
      const cell = { row: at.row + dr, col: at.col + dc };
      const isGoal = cell.row === scenario.goal.row && cell.col === scenario.goal.col;
      cells.push(dr === 0 && dc === 0 ? '@' : isGoal ? 'G' : isOpen(scenario.grid, cell) ? '.' : '#');
    }
    rows.push(cells.join(' '));
  }
  return rows.join('\n');
}

export function observation(scenario: MazeScenario, at: Cell): string {
  const dRow = scenario.goal.row - at.row;
  const dCol = scenario.goal.col - at.col;
  const parts = [dRow < 0 ? `${-dRow} north` : dRow > 0 ? `${dRow} south` : '', dCol > 0 ? `${dCol} east` : dCol < 0 ? `${-dCol} west` : ''];
  return `View (north up, @ = you, # = wall):\n${localView(scenario, at)}\nGoal offset: ${parts.filter(Boolean).join(', ') || 'here'}.`;
}
