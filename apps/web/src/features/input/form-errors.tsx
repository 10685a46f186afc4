/**
 * A form's errors in an assertive live region that stays in the page, so a screen reader
 * announces each error as it appears (a region added together with its text is often missed).
 * @example <FormErrors errors={['Paste at least two articles.']} testId="form-errors" />
 */
export function FormErrors({ errors, testId }: { errors: readonly string[]; testId: string }) {
  return (
    <div aria-live="assertive" className="input-panel__errors">
      {errors.length ? (
        <div className="alert" role="alert" data-testid={testId}>
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
