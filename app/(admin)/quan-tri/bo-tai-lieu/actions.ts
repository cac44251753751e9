'use server';
import { defineAction } from '@/lib/actions/define-action';
import { createPressKitSchema, pressKitIdSchema, updatePressKitSchema } from '@/lib/press-kits/schema';
import { createPressKit, deletePressKit, updatePressKit } from '@/lib/press-kits/manage';

export const createPressKitAction = defineAction(createPressKitSchema, async (actor, input) => {
  const { id } = await createPressKit(actor, input);
  return { revalidate: ['/', '/tai-lieu', '/bo-tai-lieu'], redirectTo: `/quan-tri/bo-tai-lieu/${id}?created=1` };
});

export const updatePressKitAction = defineAction(updatePressKitSchema, async (actor, input) => {
  const { slug } = await updatePressKit(actor, input);
  return { message: 'Đã lưu thay đổi.', revalidate: ['/', '/tai-lieu', '/bo-tai-lieu', `/bo-tai-lieu/${slug}`] };
});

export const deletePressKitAction = defineAction(pressKitIdSchema, async (actor, { id }) => {
  await deletePressKit(actor, id);
  return { revalidate: ['/', '/tai-lieu', '/bo-tai-lieu'], redirectTo: '/quan-tri/bo-tai-lieu?deleted=1' };
});
