import { createMaterialSchema, type CreateMaterialInput } from '@/lib/materials/schema';
import { createMaterial } from '@/lib/materials/manage';
import type { Actor } from '@/lib/auth/roles';
import { fileOf, pdfBytes } from './files';

let counter = 0;

/** Form-shaped input for a material, parsed by the real schema. */
export function materialInput(overrides: Record<string, unknown> = {}): CreateMaterialInput {
  counter += 1;
  return createMaterialSchema.parse({
    kind: 'guide', title: `Tài liệu thử ${Date.now().toString(36)}${counter}`, summary: 'Tóm tắt tài liệu dùng trong kiểm thử.',
    status: 'published', audiences: ['press'], topics: ['checkpoint_qr'], language: 'vi',
    file: fileOf(pdfBytes(), 'Tài liệu thử.pdf', 'application/pdf'),
    ...overrides,
  });
}

export async function makeMaterial(admin: Actor, overrides: Record<string, unknown> = {}) {
  return createMaterial(admin, materialInput(overrides));
}

/** A published official letter, ready to send. */
export async function makeLetter(admin: Actor, overrides: Record<string, unknown> = {}) {
  return makeMaterial(admin, {
    kind: 'official_letter', documentNumber: `${100 + counter}/STTTT`, issuedOn: '2021-09-21', issuer: 'Sở TT&TT Quảng Ngãi',
    audiences: ['district'], topics: ['direction'], ...overrides,
  });
}
