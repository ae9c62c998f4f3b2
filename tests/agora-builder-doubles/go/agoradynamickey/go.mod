// Test double for Agora's Go token builder, under the official module path and go directive so
// that the samples' import lines are exactly the ones readers use. Not published anywhere.
module github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src

go 1.14
