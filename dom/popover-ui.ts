import popoverCss from "../components/Popover.css?inline";
import type { Annotator } from "./annotator";
import { PopoverController, type ControllerHooks } from "./popover-controller";
import { PopoverHost, type PopoverHostOptions } from "./popover-host";

/** Creates the popover host and its controller for one document. */
export function createPopoverUi(doc: Document, annotator: Annotator, hooks: ControllerHooks, options: PopoverHostOptions = {}): PopoverController {
  return new PopoverController(doc, annotator, new PopoverHost(doc, popoverCss, options), hooks);
}
