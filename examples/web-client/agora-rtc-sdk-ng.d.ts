// The few parts of agora-rtc-sdk-ng 4.x that main.ts uses, so that this example typechecks in
// this repository without installing the SDK. In your app, delete this file: the SDK ships
// complete types of its own.
declare module 'agora-rtc-sdk-ng' {
  type UID = number | string;
  interface ILocalTrack {
    close(): void;
  }
  interface IAgoraRTCClient {
    join(appid: string, channel: string, token: string | null, uid?: UID | null): Promise<UID>;
    renewToken(token: string): Promise<void>;
    leave(): Promise<void>;
    publish(tracks: ILocalTrack | ILocalTrack[]): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): void;
    off(event: string, listener: (...args: unknown[]) => void): void;
  }
  const AgoraRTC: {
    createClient(config: {mode: 'rtc' | 'live'; codec: 'vp8' | 'vp9' | 'h264' | 'av1'}): IAgoraRTCClient;
    createMicrophoneAndCameraTracks(): Promise<[ILocalTrack, ILocalTrack]>;
  };
  export default AgoraRTC;
}
