import { describe, expect, it } from 'vitest';
import { classifyServerFailure, showServerFailure } from '../../src/sidebar/server-failure';
import { ServerCallError } from '../../src/sidebar/api';
import { UserFacingError } from '../../src/server/user-facing-error';
import { markUserMessage, USER_MESSAGE_MARKER } from '../../src/shared/user-message-marker';

function scriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'ScriptError';
  return error;
}

describe('server failures', () => {
  it('shows a message the server marked for the user as it is', () => {
    const failure = classifyServerFailure(new Error(markUserMessage('Канал 3: название не заполнено')));
    expect(failure).toEqual({ kind: 'user', message: 'Канал 3: название не заполнено' });
    expect(showServerFailure(failure, 'en')).toEqual({ message: 'Канал 3: название не заполнено' });
  });

  it("recognises the server's refusal by its marker, whatever name or prefix it arrives with", () => {
    const message = "Only the head of the department (Anna) or the spreadsheet's owner can change its structure.";
    const thrown = new UserFacingError(message);
    expect(classifyServerFailure(thrown)).toEqual({ kind: 'user', message });
    for (const arrived of [
      { name: 'Error', message: `UserFacingError: ${thrown.message}` },
      { name: 'ScriptError', message: `Exception: ${thrown.message}` },
      { name: '', message: `Error: ${thrown.message}` },
      `Uncaught UserFacingError: ${thrown.message}`,
      { message: thrown.message },
    ]) {
      expect(classifyServerFailure(arrived)).toEqual({ kind: 'user', message });
    }
  });

  it('shows the refusal without the marker, and a menu alert gets the text alone', () => {
    const thrown = new UserFacingError('Сначала постройте шаблон KPI.');
    expect(thrown.userMessage).toBe('Сначала постройте шаблон KPI.');
    expect(thrown.message).toContain(USER_MESSAGE_MARKER);
    const shown = showServerFailure(classifyServerFailure(thrown), 'ru');
    expect(shown.message).not.toContain(USER_MESSAGE_MARKER);
  });

  it('treats an unmarked message as technical, however friendly it reads', () => {
    const failure = classifyServerFailure({ name: 'Error', message: 'Error: The KPI tab is protected' });
    expect(failure).toEqual({ kind: 'technical', detail: 'Error: The KPI tab is protected' });
    expect(classifyServerFailure(new Error('Department name is empty')).kind).toBe('technical');
    expect(classifyServerFailure(new Error(markUserMessage('   '))).kind).toBe('technical');
  });

  it('explains an Apps Script ScriptError in the user language and keeps the original as a detail', () => {
    const failure = classifyServerFailure(
      scriptError("We're sorry, a server error occurred. Please wait a bit and try again."),
    );
    expect(failure.kind).toBe('technical');
    const shown = showServerFailure(failure, 'ru');
    expect(shown.message).toBe(
      'На сервере что-то пошло не так. Повторите; если ошибка вернётся, перезагрузите боковую панель.',
    );
    expect(shown.detail).toBe(
      "Технические подробности: ScriptError: We're sorry, a server error occurred. Please wait a bit and try again.",
    );
  });

  it('recognises a lost connection', () => {
    const failure = classifyServerFailure({ name: 'NetworkError', message: 'Connection failure due to HTTP 0' });
    expect(failure.kind).toBe('network');
    expect(showServerFailure(failure, 'en').message).toBe(
      'No connection to Google. Check your connection and try again.',
    );
  });

  it('recognises missing authorization, often several signed-in accounts', () => {
    const failure = classifyServerFailure(scriptError('Authorization is required to perform that action.'));
    expect(failure.kind).toBe('auth');
    expect(showServerFailure(failure, 'en').message).toMatch(/several Google accounts/);
  });

  it('recognises a timeout, even without a prefix', () => {
    expect(classifyServerFailure(new Error('Exceeded maximum execution time')).kind).toBe('timeout');
  });

  it('treats errors from bugs as technical, not as messages for the user', () => {
    expect(
      classifyServerFailure(new Error('TypeError: Cannot read properties of undefined (reading "getRange")')).kind,
    ).toBe('technical');
    expect(classifyServerFailure(new TypeError('x is not a function')).kind).toBe('technical');
    expect(
      classifyServerFailure(new Error('Exception: Service Spreadsheets failed while accessing document')).kind,
    ).toBe('technical');
    expect(classifyServerFailure(new Error('')).kind).toBe('technical');
    expect(classifyServerFailure(undefined)).toEqual({ kind: 'technical', detail: '' });
    expect(classifyServerFailure({}).kind).toBe('technical');
  });

  it('treats a call that never left the sidebar as technical', () => {
    expect(classifyServerFailure(new ServerCallError('google.script.run is not available')).kind).toBe('technical');
  });

  it('keeps a user message that merely mentions a network or a permission', () => {
    expect(classifyServerFailure(new Error(markUserMessage('The channel "Partner network" is used twice'))).kind).toBe(
      'user',
    );
    expect(
      classifyServerFailure(new Error(markUserMessage('You have no permission to edit the KPI tab; ask the owner')))
        .kind,
    ).toBe('user');
  });
});
