'use server';
import { defineAction } from '@/lib/actions/define-action';
import { createMaterialSchema, materialIdSchema, updateMaterialSchema } from '@/lib/materials/schema';
import { createMaterial, deleteMaterial, updateMaterial } from '@/lib/materials/manage';

const PUBLIC_PAGES = ['/', '/huong-dan', '/tai-lieu', '/en', '/quan-tri/tai-lieu'];

export const createMaterialAction = defineAction(createMaterialSchema, async (actor, input) => {
  const { id } = await createMaterial(actor, input);
  return { revalidate: PUBLIC_PAGES, redirectTo: `/quan-tri/tai-lieu/${id}?created=1` };
});

export const updateMaterialAction = defineAction(updateMaterialSchema, async (actor, input) => {
  const { id } = await updateMaterial(actor, input);
  return { message: 'Đã lưu thay đổi.', revalidate: [...PUBLIC_PAGES, `/quan-tri/tai-lieu/${id}`] };
});

export const deleteMaterialAction = defineAction(materialIdSchema, async (actor, { id }) => {
  await deleteMaterial(actor, id);
  return { revalidate: PUBLIC_PAGES, redirectTo: '/quan-tri/tai-lieu?deleted=1' };
});
