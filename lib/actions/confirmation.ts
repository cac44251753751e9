import { z } from 'zod';

/**
 * What a `ConfirmSubmit` dialog posts (`confirmed=yes`). Actions that cannot be undone require it,
 * so a stray request or a form without the dialog cannot do them by accident.
 */
export const confirmation = (message: string) => z.literal('yes', { message });
