import { render } from "preact";
import { PopupApp } from "../../components/PopupApp";
import "../../components/controls.css";

render(<PopupApp />, document.getElementById("app")!);
