// Test double for Agora's C# token builder: the entry points of TokenBuilders/ChatTokenBuilder2.cs.
namespace AgoraIO.Media
{
    public class ChatTokenBuilder2
    {
        public static string buildUserToken(string appId, string appCertificate, string userId, uint expire)
        {
            var token = new AccessToken2(appId, appCertificate, expire);
            var chat = new AccessToken2.Service(AccessToken2.SERVICE_TYPE_CHAT, userId);
            chat.addPrivilege(1, expire);
            token.addService(chat);
            return token.build();
        }

        // The app token's Chat service carries an empty user id.
        public static string buildAppToken(string appId, string appCertificate, uint expire)
        {
            var token = new AccessToken2(appId, appCertificate, expire);
            var chat = new AccessToken2.Service(AccessToken2.SERVICE_TYPE_CHAT, "");
            chat.addPrivilege(2, expire);
            token.addService(chat);
            return token.build();
        }
    }
}
