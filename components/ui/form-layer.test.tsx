import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ActionState } from '@/lib/actions/state';
import { UserForm } from '@/components/users/user-form';
import { MaterialForm } from '@/components/materials/material-form';
import { Select } from './select';

const noop = async (state: ActionState) => state;
const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

describe('the shared form layer', () => {
  it('starts the role select of a new account on “— Chọn —”, required', () => {
    const html = renderToStaticMarkup(<UserForm action={noop} roles={['admin', 'police', 'officer']} checkpoints={[]} />);
    const role = /<select[^>]*name="role"[^>]*>(.*?)<\/select>/.exec(html);
    expect(role?.[0]).toContain('required');
    expect(role?.[1]).toMatch(/^<option value="" selected="">— Chọn —<\/option>/);
    expect(role?.[1]).not.toMatch(/value="admin" selected/);
  });

  it('starts the type select of a new material on “— Chọn —”, required', () => {
    const html = renderToStaticMarkup(<MaterialForm action={noop} />);
    const kind = /<select[^>]*name="kind"[^>]*>(.*?)<\/select>/.exec(html);
    expect(kind?.[0]).toContain('required');
    expect(kind?.[1]).toMatch(/^<option value="" selected="">— Chọn —<\/option>/);
  });

  it('gives Select no `value` prop: a controlled select cannot be written', () => {
    // @ts-expect-error `value` is not part of SelectProps (tsc --noEmit checks this line).
    const element = <Select name="role" defaultValue="" value="admin" />;
    expect(element.props.defaultValue).toBe('');
  });

  it('leaves no form outside it: useActionState and raw <select> only in the layer', () => {
    const layer = new Set(['components/ui/use-action-form.ts', 'components/ui/select.tsx']);
    const files = [...sources('app'), ...sources('components')].filter((file) => !layer.has(file));
    const offenders = files.filter((file) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const usesLayer = text.includes('useActionForm');
      return text.includes('useActionState') || (usesLayer && text.includes('<select'));
    });
    expect(offenders).toEqual([]);
  });
});
