/** Thrown by the data layer; pages, actions and route handlers map these to 401/403/404. */
export class UnauthenticatedError extends Error {
  constructor(message = 'Bạn cần đăng nhập để tiếp tục.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends Error {
  constructor(message = 'Không tìm thấy dữ liệu yêu cầu.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A business-rule refusal whose message is safe and useful to show (Vietnamese). */
export class UserInputError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'UserInputError';
  }
}
