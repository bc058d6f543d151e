import { render } from "preact";
import { OptionsApp } from "../../components/OptionsApp";
import "../../components/controls.css";

render(<OptionsApp />, document.getElementById("app")!);
