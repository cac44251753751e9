import { ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '@/lib/auth/errors';
import { logError } from '@/lib/log/logger';

/** Maps data-layer refusals to a message for the user; anything unexpected is logged, not shown. */
export function describeError(error: unknown, where = 'action'): { message: string; errors?: Record<string, string[]>; status: number } {
  if (error instanceof UserInputError) return { message: error.message, errors: error.fieldErrors, status: 400 };
  if (error instanceof UnauthenticatedError) return { message: error.message, status: 401 };
  if (error instanceof ForbiddenError) return { message: error.message, status: 403 };
  if (error instanceof NotFoundError) return { message: error.message, status: 404 };
  logError(where, error);
  return { message: 'Đã có lỗi ngoài dự kiến, chưa có gì được lưu. Vui lòng thử lại sau.', status: 500 };
}
