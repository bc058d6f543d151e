import { render } from "preact";
import { OptionsApp } from "./App";
import "../../components/controls.css";

render(<OptionsApp />, document.getElementById("app")!);
