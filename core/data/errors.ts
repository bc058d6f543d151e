/** The one error type of the data layer; its message is written for a person, not a stack trace. */
export class DataImportError extends Error {
  override name = "DataImportError";
}
