import { ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '@/lib/auth/errors';
import { log, logError } from '@/lib/log/logger';
import { DATABASE_RETRY_AFTER_S, databaseUnavailableCode } from '@/db/unavailable';

export const DATABASE_UNAVAILABLE_MESSAGE = 'Không kết nối được cơ sở dữ liệu, chưa có gì được lưu. Vui lòng thử lại sau ít phút.';

/** Maps data-layer refusals to a message for the user; anything unexpected is logged, not shown. */
export function describeError(error: unknown, where = 'action'): { message: string; errors?: Record<string, string[]>; status: number; retryAfterS?: number } {
  if (error instanceof UserInputError) return { message: error.message, errors: error.fieldErrors, status: 400 };
  if (error instanceof UnauthenticatedError) return { message: error.message, status: 401 };
  if (error instanceof ForbiddenError) return { message: error.message, status: 403 };
  if (error instanceof NotFoundError) return { message: error.message, status: 404 };
  // An outage is not a bug: one line with the code (never the query, which may carry personal data).
  const unavailable = databaseUnavailableCode(error);
  if (unavailable) {
    log.warn({ where, code: unavailable }, 'cơ sở dữ liệu không trả lời: trả 503');
    return { message: DATABASE_UNAVAILABLE_MESSAGE, status: 503, retryAfterS: DATABASE_RETRY_AFTER_S };
  }
  logError(where, error);
  return { message: 'Đã có lỗi ngoài dự kiến, chưa có gì được lưu. Vui lòng thử lại sau.', status: 500 };
}
