import { render } from 'preact';
import { SourcesApp } from '../../components/sources-app';
import '../../components/sources.css';

render(<SourcesApp />, document.getElementById('app')!);
