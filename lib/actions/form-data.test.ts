import { describe, expect, it } from 'vitest';
import { echoValues, formDataToObject } from './form-data';

function form(entries: [string, string | File][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('echoValues', () => {
  it('keeps lists as lists (a comma inside a value stays one value) and names a chosen file', () => {
    const data = form([
      ['fullName', 'Trần Văn A, B'], ['checkpointIds[]', 'x'], ['checkpointIds[]', 'y'], ['note', 'một'], ['note', 'hai'],
      ['file', new File(['%PDF'], 'cong-van.pdf')], ['empty', new File([], '')], ['none', new File([], 'undefined')], ['$ACTION_ID_1', ''],
    ]);
    expect(echoValues(data)).toEqual({ fullName: 'Trần Văn A, B', checkpointIds: ['x', 'y'], note: ['một', 'hai'], file: 'cong-van.pdf' });
  });

  it('never echoes a password', () => {
    const data = form([['password', 'Bi-Mat-123'], ['currentPassword', 'a'], ['confirmPassword', 'b'], ['username', 'cb.a']]);
    expect(echoValues(data)).toEqual({ username: 'cb.a' });
  });

  it('drops an empty file input, however the multipart decoding named it', () => {
    const data = form([['file', new File([], 'undefined')], ['other', new File([], '')], ['title', 'Tài liệu']]);
    expect(formDataToObject(data)).toEqual({ title: 'Tài liệu' });
  });

  it('has the shape formDataToObject gives zod, for the string fields', () => {
    const data = form([['role', 'officer'], ['apps[]', 'pc_covid']]);
    expect(echoValues(data)).toEqual(formDataToObject(data));
  });
});
