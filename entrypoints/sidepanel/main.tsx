import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import '../../components/popup.css';
import '../../components/side-panel.css';

// `?window=ID` names the window to follow when the panel is opened as a page (the browser tests do).
const param = new URLSearchParams(location.search).get('window');
render(<SidePanelApp windowId={param && /^\d+$/.test(param) ? Number(param) : null} />, document.getElementById('app')!);
