import { render } from "preact";
import { PopupApp } from "../../components/PopupApp";

render(<PopupApp />, document.getElementById("app")!);
