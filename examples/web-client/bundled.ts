// The bundler's entry point: the SDK comes from npm (npm install agora-rtc-sdk-ng) and the
// bundler puts it and these modules into one file. Build: npx esbuild bundled.ts --bundle --outfile=bundle.js
import AgoraRTC from 'agora-rtc-sdk-ng';
import {startPage} from './page.js';

startPage(AgoraRTC);
