// Harbour's local MongoDB-compatible database: mongo-java-server on an H2 MVStore file, on
// 127.0.0.1. Run as a single source file: java -cp '<libs>/*' Launcher.java <file> <port>
//
// The MVStore is opened with auto-commit off and committed before each reply, so a write the
// client saw acknowledged is in the file even if the process is killed right after (the default
// store commits in the background about once a second and loses that second on kill -9).
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

public class Launcher {
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Launcher.java <file> <port>");
      System.exit(2);
    }
    MVStore store = new MVStore.Builder().fileName(args[0]).autoCommitDisabled().open();
    H2Backend backend = new H2Backend(store) {
      @Override
      public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
          return super.handleCommand(channel, database, command, query);
        } finally {
          commit();
        }
      }

      @Override
      public Document handleMessage(MongoMessage message) {
        try {
          return super.handleMessage(message);
        } finally {
          commit();
        }
      }
    };
    MongoServer server = new MongoServer(backend);
    // SIGTERM: stop listening, then commit and close the store.
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    server.bind("127.0.0.1", Integer.parseInt(args[1]));
    System.err.println("harbour database listening on 127.0.0.1:" + args[1] + ", file " + args[0]);
  }
}
