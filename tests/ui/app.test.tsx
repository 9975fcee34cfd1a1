import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { loadFeatures } from '../../src/domain/load';
import { SiteFeature } from '../../src/domain/schema';
import rawSites from '../../data/sites.geojson';
import { lastScene, lastStyle, mapViews, sourceFeatures } from './map-view-mock';
import { plan } from '../../src/map/scene';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));
beforeEach(() => {
  mapViews.length = 0;
});

describe('App', () => {
  it('opens in the language of the link and switches language', async () => {
    renderApp({ search: '?lang=th' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('แผนที่การเรียนรู้คลองแม่ข่า');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mae Kha Learning Map');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists every loaded site with counts per category', () => {
    const data = loadEmbeddedData();
    renderApp();
    const list = screen.getByRole('navigation', { name: 'Sites along the canal' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(data.sites.value.length);
    const learning = data.sites.value.filter((s) => s.properties.category === 'learning').length;
    expect(list).toHaveTextContent(`Showing ${data.sites.value.length} of ${data.sites.value.length}`);
    expect(list).toHaveTextContent(`Learning sites ${learning}`);
  });

  it('orders the list along the canal, north to south, by default', () => {
    renderApp();
    const list = screen.getByRole('navigation', { name: 'Sites along the canal' });
    const ids = within(list).getAllByRole('listitem').map((li) => li.querySelector('[data-site-id]')!.getAttribute('data-site-id'));
    const bridges = ids.filter((id) => id!.startsWith('mk0'));
    expect(bridges).toEqual([...bridges].sort());
  });

  it('a theme filter narrows the list; "Show everything" brings it back', async () => {
    const total = loadEmbeddedData().sites.value.length;
    renderApp();
    const list = screen.getByRole('navigation', { name: 'Sites along the canal' });
    await userEvent.click(within(screen.getByRole('group', { name: 'Themes' })).getByLabelText('Craft'));
    const shown = within(list).queryAllByRole('listitem').length;
    expect(shown).toBeLessThan(total);
    await userEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(total);
  });

  it('choosing a site in the list shows its card with status, source and confidence', async () => {
    renderApp();
    const first = loadEmbeddedData().sites.value.find((s) => s.properties.code === 'MK01')!;
    await userEvent.click(screen.getByRole('button', { name: new RegExp(first.properties.name.en) }));
    const card = screen.getByTestId('feature-card');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(first.properties.name.en);
    expect(card).toHaveTextContent(first.properties.name.th);
    expect(card).toHaveTextContent('Candidate');
    expect(card).toHaveTextContent(first.properties.source);
    expect(card).toHaveTextContent('Medium confidence');
  });

  it('a bad feature in the data is skipped, announced, and explained under “About the data”', async () => {
    const broken = structuredClone(rawSites) as { features: { properties: { name: Record<string, string> } }[] };
    delete broken.features[0]!.properties.name.en;
    const good = loadEmbeddedData();
    renderApp({ data: { ...good, sites: loadFeatures(broken, SiteFeature, 'sites.geojson') } });
    expect(screen.getByRole('status')).toHaveTextContent('1 feature in the data could not be shown');
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    const dialog = await screen.findByRole('dialog', { name: 'About the data' });
    expect(within(dialog).getByTestId('load-issues')).toHaveTextContent('sites.geojson, feature 1');
    expect(within(dialog).getByTestId('load-issues')).toHaveTextContent('name.en');
    expect(screen.getAllByRole('button', { name: /./ }).length).toBeGreaterThan(10);
  });

  it('switching language gives the same map a new base style in Thai: the map is not created again', async () => {
    renderApp();
    const views = mapViews.length;
    const view = mapViews.at(-1)!;
    const before = lastScene(view);
    // Labels read the language's name first: the English style asks for name_en before name_th.
    const firstName = () => /"text-field":\[(?:"coalesce",)?\["get","name_(th|en)"\]/.exec(JSON.stringify(lastStyle(view)))?.[1];
    expect(firstName()).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'ไทย' }));
    expect(mapViews.length).toBe(views);
    expect(view.destroy).not.toHaveBeenCalled();
    expect(lastScene(view).base).not.toBe(before.base);
    expect(firstName()).toBe('th');
  });

  it('a filter feeds the sites new data and nothing else: no new style, no other source touched', () => {
    const { store } = renderApp();
    const view = mapViews.at(-1)!;
    const before = lastScene(view);
    act(() => store.getState().setFilters({ categories: ['learning'] }));
    const after = lastScene(view);
    expect(after).not.toBe(before);
    expect(after.base).toBe(before.base);
    expect(after.overlays.waterways).toBe(before.overlays.waterways);
    const ops = plan(before, after);
    expect(ops.map((o) => o.op + ' ' + ('id' in o ? o.id : ''))).toEqual(['setData sites', 'setData sites-raw']);
    const learning = store.getState().data.sites.value.filter((s) => s.properties.category === 'learning').length;
    expect(sourceFeatures('sites', view)).toHaveLength(learning);
  });

  it('selecting a site changes only the map state the selection ring reads', () => {
    const { store } = renderApp();
    const view = mapViews.at(-1)!;
    const before = lastScene(view);
    const id = store.getState().data.sites.value[0]!.properties.id;
    act(() => store.getState().select({ type: 'site', id }));
    expect(plan(before, lastScene(view))).toEqual([{ op: 'state', name: 'selectedSite', value: id }]);
  });
});
