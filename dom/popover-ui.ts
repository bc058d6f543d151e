import popoverCss from "../components/Popover.css?inline";
import type { Annotator } from "./annotator";
import { PopoverController, type ControllerHooks } from "./popover-controller";
import { PopoverHost } from "./popover-host";

/**
 * The popover's code (Preact, Floating UI, components, CSS) as one unit that the content script loads
 * only when a page has a highlight (issue #7: a page without a mention loads no UI code). Built as the
 * `popover-ui` script and imported on demand; see docs/decisions/0004-in-page.md.
 */
export interface PopoverUi {
  createPopoverUi(doc: Document, annotator: Annotator, hooks: ControllerHooks): PopoverController;
}

/** Creates the popover host and its controller for one document. */
export function createPopoverUi(doc: Document, annotator: Annotator, hooks: ControllerHooks): PopoverController {
  return new PopoverController(doc, annotator, new PopoverHost(doc, popoverCss), hooks);
}
