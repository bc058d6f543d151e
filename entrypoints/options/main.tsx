import { render } from "preact";
import { OptionsApp } from "../../components/OptionsApp";

render(<OptionsApp />, document.getElementById("app")!);
