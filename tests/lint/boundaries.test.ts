// @vitest-environment node
/**
 * The import-direction rules, proved by probes: each forbidden import is linted as if it stood in
 * the file named, and must be reported; each allowed one must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/domain/network/directions/probe.ts', "import { useAppStore } from '../../../store';"],
    ['src/domain/network/probe.ts', "import type { AppState } from '../../store/index';"],
    ['src/domain/coverage/probe.ts', "import { buildStyle } from '../../map/style';"],
    ['src/domain/probe.ts', "import { App } from '../ui/App';"],
    ['src/domain/probe.ts', "import { useState } from 'react';"],
    ['src/domain/trip/probe.ts', "import { create } from 'zustand/vanilla';"],
    ['src/domain/probe.ts', "import i18next from 'i18next';"],
    ['src/domain/probe.ts', "import * as turf from '@turf/turf';"],
    ['src/domain/probe.ts', "const m = await import('maplibre-gl');"],
    ['src/ui/probe.tsx', "import maplibregl from 'maplibre-gl';"],
    ['src/ui/research/probe.tsx', "import 'maplibre-gl/dist/maplibre-gl.css';"],
    ['src/ui/probe.tsx', "const m = await import('maplibre-gl');"],
    ['src/ui/probe.tsx', "import * as turf from '@turf/turf';"],
    ['src/store/probe.ts', "import type { WalkOverlay } from '../map/style';"],
    ['src/store/probe.ts', "import { MapPanel } from '../ui/MapPanel';"],
    ['src/map/probe.ts', "import type { Basemap } from '../store/settings-slice';"],
    ['src/map/probe.ts', "import { useAppStore } from '../store';"],
    ['src/workers/probe.ts', "import { useAppStore } from '../store';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['src/map/probe.ts', "import maplibregl from 'maplibre-gl';"],
    ['src/map/probe.ts', "import type { WalkOverlay } from '../domain/view';"],
    ['src/store/probe.ts', "import type { WalkOverlay } from '../domain/view';"],
    ['src/ui/probe.tsx', "import { useAppStore } from '../store';"],
    ['src/domain/network/probe.ts', "import { point } from '@turf/helpers';"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
