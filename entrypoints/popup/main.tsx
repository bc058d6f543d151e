import { render } from "preact";
import { PopupApp } from "./App";
import "../../components/controls.css";

render(<PopupApp />, document.getElementById("app")!);
