import { render } from 'preact';
import { DemoApp } from '../../components/demo-app';
import '../../entrypoints/content/highlights.css';
import '../../components/demo.css';

render(<DemoApp />, document.getElementById('app')!);
